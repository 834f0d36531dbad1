package vn.motcua.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.MotCuaProperties;
import vn.motcua.iso.IsoRegister;
import vn.motcua.iso.ProcessKind;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.reform.ReformReports;
import vn.motcua.register.RegisterFigure;
import vn.motcua.register.RegisterFigureRepository;

/**
 * The plan's indicators for a period, from the reporting model and the register; never from dossier
 * history at request time (only the handful of periodic reports and deployed models are looked up).
 */
@Service
@Transactional(readOnly = true)
public class KpiFigures {

    /** Register entry of the office: how many internal procedures the commune issued (ISO-INTERNAL-E's denominator). */
    static final String ISSUED_INTERNAL_PROCEDURES = "ISO-INTERNAL-ISSUED";

    private final DailyCounters counters;
    private final RegisterFigureRepository register;
    private final ProcedureCatalog catalog;
    private final ReformReports reports;
    private final IsoRegister isoRegister;
    private final MotCuaProperties motcua;

    KpiFigures(DailyCounters counters, RegisterFigureRepository register, ProcedureCatalog catalog,
               ReformReports reports, IsoRegister isoRegister, MotCuaProperties motcua) {
        this.counters = counters;
        this.register = register;
        this.catalog = catalog;
        this.reports = reports;
        this.isoRegister = isoRegister;
        this.motcua = motcua;
    }

    public List<IndicatorValue> indicators(Period period, Slice slice) {
        Map<Counter, Long> all = counters.sum(period.from(), period.to(), slice);
        Map<Counter, Long> online = slice.channel() != null && !slice.channel().isBlank()
                && !slice.channel().equals("ONLINE") ? zero()
                : counters.sum(period.from(), period.to(), new Slice(slice.unit(), slice.procedure(), slice.field(),
                        "ONLINE"));
        List<IndicatorValue> values = new ArrayList<>();
        for (ReformIndicator indicator : ReformIndicator.values()) {
            values.add(switch (indicator.source()) {
                case ENGINE -> engine(indicator, period, slice, all, online);
                case REGISTER -> fromRegister(indicator, period);
            });
        }
        return values;
    }

    /** The counts of the reporting model for a period, for breakdowns and the 766 groups. */
    public Map<Counter, Long> counts(Period period, Slice slice) {
        return counters.sum(period.from(), period.to(), slice);
    }

    public Map<String, Map<Counter, Long>> countsBy(Dimension dimension, Period period, Slice slice) {
        return counters.sumBy(dimension, period.from(), period.to(), slice);
    }

    public Map<String, Map<Counter, Long>> countsByMonth(Period period, Slice slice) {
        return counters.sumByMonth(period.from(), period.to(), slice);
    }

    private IndicatorValue engine(ReformIndicator indicator, Period period, Slice slice, Map<Counter, Long> counts,
                                  Map<Counter, Long> online) {
        long resolved = counts.get(Counter.RESOLVED);
        return switch (indicator) {
            case TTHC_ONTIME -> value(indicator, period, counts.get(Counter.EARLY) + counts.get(Counter.ON_TIME),
                    resolved, null, "Hồ sơ đã giải quyết trong kỳ; không tính hồ sơ rút, hủy ("
                            + (counts.get(Counter.WITHDRAWN) + counts.get(Counter.CANCELLED)) + " hồ sơ)", List.of());
            case TTHC_SATISF -> value(indicator, period, counts.get(Counter.RATING_SATISFIED), counts.get(Counter.RATED),
                    null, "Đánh giá không có tiêu chí nào “không hài lòng” trên tổng số đánh giá của người dân "
                            + "khi nhận kết quả trong kỳ", List.of());
            case SVC_SATISF -> value(indicator, period, counts.get(Counter.SERVICE_SATISFIED), counts.get(Counter.RATED),
                    null, "Đánh giá “hài lòng” trở lên về thái độ, tinh thần trách nhiệm của công chức trên tổng số "
                            + "đánh giá trong kỳ; chưa gồm kết quả khảo sát", List.of());
            case DIGITIZED_RESULTS -> value(indicator, period, counts.get(Counter.DIGITIZED), resolved, null,
                    "Có số hóa thành phần hồ sơ và có kết quả điện tử", List.of());
            case NO_RESUBMIT -> value(indicator, period,
                    counts.get(Counter.REUSE_POSSIBLE) - counts.get(Counter.RESUBMITTED), counts.get(Counter.REUSE_POSSIBLE),
                    null, "Hồ sơ tiếp nhận trong kỳ có giấy tờ đã có trong kho dữ liệu mà người nộp không phải nộp lại, "
                            + "trên số hồ sơ có giấy tờ như vậy", List.of());
            case E_TRANSFER -> value(indicator, period, counts.get(Counter.TRANSFERRED_ELECTRONICALLY), resolved, null,
                    "Hồ sơ đã giải quyết được chuyển cho đơn vị xử lý trên hệ thống", List.of());
            case ONLINE_INTAKE -> value(indicator, period, online.get(Counter.RECEIVED), counts.get(Counter.RECEIVED),
                    null, "Hồ sơ tiếp nhận trong kỳ qua Cổng Dịch vụ công", List.of());
            case EID_USERS -> value(indicator, period, online.get(Counter.IDENTIFIED), online.get(Counter.RECEIVED), null,
                    "Hồ sơ trực tuyến tiếp nhận trong kỳ có người nộp được xác thực định danh điện tử", List.of());
            case ISO_PROCEDURES -> value(indicator, period, counts.get(Counter.CONFORMING), resolved, null,
                    "Hồ sơ đã giải quyết đúng hạn, đúng các bước và thời gian từng bước của quy trình", List.of());
            case ONLINE_ELIGIBLE -> onlineEligible(indicator, period, slice);
            case REPORTS_ONLINE -> reportsOnline(indicator, period, slice);
            case ISO_INTERNAL_E -> internalProcesses(indicator, period, slice);
            default -> throw new IllegalStateException("Chỉ tiêu " + indicator.id() + " không tính từ hồ sơ");
        };
    }

    /** The catalogue as it stood at the period's end: procedures offered fully online over all of them. */
    private IndicatorValue onlineEligible(ReformIndicator indicator, Period period, Slice slice) {
        List<Procedure> procedures = catalog.inForceAt(period.to().plusDays(1).atStartOfDay(motcua.zone()).toInstant())
                .stream().filter(slice::covers).toList();
        long full = procedures.stream().filter(procedure -> procedure.onlineService() == Procedure.OnlineService.FULL)
                .count();
        return value(indicator, period, full, (long) procedures.size(), null,
                "Thủ tục cung cấp dịch vụ công trực tuyến toàn trình trên số thủ tục trong danh mục cuối kỳ "
                        + "(mọi thủ tục trong danh mục được coi là đủ điều kiện)", List.of());
    }

    /** Periodic reports falling due in the period (up to today) and sent through the reform-report process. */
    private IndicatorValue reportsOnline(ReformIndicator indicator, Period period, Slice slice) {
        if (!slice.equals(Slice.ALL)) {
            return value(indicator, period, null, null, null, "Báo cáo định kỳ là của cả xã, không tách theo "
                    + "đơn vị, thủ tục, lĩnh vực, kênh", List.of());
        }
        List<ReformReports.Submission> due = reports.dueBetween(period.from(), period.to());
        String list = due.stream().map(submission -> submission.period().label() + (submission.sent()
                ? " — đã gửi trên hệ thống" : " — chưa gửi trên hệ thống")).collect(Collectors.joining("; "));
        return value(indicator, period, due.stream().filter(ReformReports.Submission::sent).count(), (long) due.size(),
                null, "Báo cáo định kỳ đến hạn trong kỳ" + (list.isEmpty() ? "" : ": " + list), List.of());
    }

    /**
     * Internal processes run on the system (a deployed model with an ISO code, first version deployed by the
     * period's end) over the internal procedures the commune issued, a count the office enters with its
     * evidence (the decision issuing them) in the register.
     */
    private IndicatorValue internalProcesses(ReformIndicator indicator, Period period, Slice slice) {
        if (!slice.equals(Slice.ALL)) {
            return value(indicator, period, null, null, null, "Quy trình nội bộ là của cả xã, không tách theo "
                    + "đơn vị, thủ tục, lĩnh vực, kênh", List.of());
        }
        List<RegisterFigure> issued = newestPerPeriod(ISSUED_INTERNAL_PROCEDURES, period);
        if (issued.isEmpty()) {
            return value(indicator, period, null, null, null, "Chưa nhập số quy trình nội bộ đã ban hành cho kỳ này",
                    List.of());
        }
        Instant end = period.to().plusDays(1).atStartOfDay(motcua.zone()).toInstant();
        long electronic = isoRegister.entries().stream().filter(entry -> entry.kind() == ProcessKind.INTERNAL)
                .filter(entry -> isoRegister.revisions(entry.key()).get(0).deployedAt().isBefore(end))
                .count();
        RegisterFigure latest = issued.get(0);
        return value(indicator, period, electronic, latest.figure().longValue(), null,
                "Quy trình nội bộ chạy trên hệ thống trên số quy trình nội bộ đã ban hành", evidence(List.of(latest)));
    }

    private IndicatorValue fromRegister(ReformIndicator indicator, Period period) {
        List<RegisterFigure> used = newestPerPeriod(indicator.id(), period);
        if (used.isEmpty()) {
            return value(indicator, period, null, null, null, "Chưa nhập số liệu cho kỳ này", List.of());
        }
        // A count (projects) adds up over the period; a share is the latest one measured.
        if (!indicator.isCount()) {
            used = List.of(used.get(0));
        }
        BigDecimal actual = used.stream().map(RegisterFigure::figure).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_UP);
        return value(indicator, period, null, null, actual, "Số liệu do đơn vị nhập kèm minh chứng", evidence(used));
    }

    /** Register entries whose period ends in the period, newest period first; a correction replaces its period's entry. */
    private List<RegisterFigure> newestPerPeriod(String indicator, Period period) {
        List<RegisterFigure> entries = register.findByIndicatorAndPeriodEndBetweenOrderByPeriodEndDescEnteredAtDesc(
                indicator, period.from(), period.to());
        Map<String, RegisterFigure> newestPerPeriod = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(RegisterFigure::periodEnd).reversed()
                        .thenComparing(RegisterFigure::enteredAt, Comparator.reverseOrder()))
                .forEach(entry -> newestPerPeriod.putIfAbsent(entry.periodStart() + "/" + entry.periodEnd(), entry));
        return new ArrayList<>(newestPerPeriod.values());
    }

    private static List<IndicatorValue.RegisterEvidence> evidence(List<RegisterFigure> used) {
        return used.stream().map(entry -> new IndicatorValue.RegisterEvidence(entry.figure(), entry.measure(),
                entry.periodStart(), entry.periodEnd(), entry.evidence(), entry.unitId(), entry.enteredBy(),
                entry.enteredAt())).toList();
    }

    private static Map<Counter, Long> zero() {
        Map<Counter, Long> zero = new java.util.EnumMap<>(Counter.class);
        for (Counter counter : Counter.values()) {
            zero.put(counter, 0L);
        }
        return zero;
    }

    private IndicatorValue value(ReformIndicator indicator, Period period, Long numerator, Long denominator,
                                 BigDecimal given, String note, List<IndicatorValue.RegisterEvidence> evidence) {
        BigDecimal actual = given != null ? given
                : numerator == null ? null : Ratio.percent(numerator, denominator);
        Target target = indicator.targetFor(period.year());
        Status status = actual == null ? Status.NO_DATA : target.metBy(actual) ? Status.MET : Status.NOT_MET;
        return new IndicatorValue(indicator.id(), indicator.label(), indicator.planSection(), indicator.source(),
                indicator.isCount() ? "dự án" : "%", actual, numerator, denominator, target, indicator.target2025(),
                indicator.target2030(), status, status.label(), note, evidence);
    }
}
