package vn.motcua.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.MotCuaProperties;
import vn.motcua.citizen.rating.RatingRepository;
import vn.motcua.register.RegisterFigure;
import vn.motcua.register.RegisterFigureRepository;

/** The plan's indicators for a period, from the reporting model and the register; never from Camunda history. */
@Service
@Transactional(readOnly = true)
public class KpiFigures {

    private final DailyCounters counters;
    private final RegisterFigureRepository register;
    private final RatingRepository ratings;
    private final MotCuaProperties motcua;

    KpiFigures(DailyCounters counters, RegisterFigureRepository register, RatingRepository ratings,
               MotCuaProperties motcua) {
        this.counters = counters;
        this.register = register;
        this.ratings = ratings;
        this.motcua = motcua;
    }

    public List<IndicatorValue> indicators(Period period, Slice slice) {
        Map<Counter, Long> all = counters.sum(period.from(), period.to(), slice);
        long online = counters.sum(period.from(), period.to(),
                new Slice(slice.unit(), slice.procedure(), slice.field(), "ONLINE")).get(Counter.RECEIVED);
        if (slice.channel() != null && !slice.channel().isBlank() && !slice.channel().equals("ONLINE")) {
            online = 0;
        }
        List<IndicatorValue> values = new ArrayList<>();
        for (ReformIndicator indicator : ReformIndicator.values()) {
            values.add(switch (indicator.source()) {
                case ENGINE -> indicator == ReformIndicator.TTHC_SATISF ? satisfaction(indicator, period, slice)
                        : engine(indicator, period, all, online);
                case REGISTER -> fromRegister(indicator, period);
                case NOT_YET_RECORDED -> value(indicator, period, null, null, null, indicator.missingData(), List.of());
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

    private IndicatorValue engine(ReformIndicator indicator, Period period, Map<Counter, Long> counts, long online) {
        long resolved = counts.get(Counter.RESOLVED);
        return switch (indicator) {
            case TTHC_ONTIME -> value(indicator, period, counts.get(Counter.EARLY) + counts.get(Counter.ON_TIME),
                    resolved, null, "Hồ sơ đã giải quyết trong kỳ; không tính hồ sơ rút, hủy ("
                            + (counts.get(Counter.WITHDRAWN) + counts.get(Counter.CANCELLED)) + " hồ sơ)", List.of());
            case DIGITIZED_RESULTS -> value(indicator, period, counts.get(Counter.DIGITIZED), resolved, null,
                    "Có số hóa thành phần hồ sơ và có kết quả điện tử", List.of());
            case E_TRANSFER -> value(indicator, period, counts.get(Counter.TRANSFERRED_ELECTRONICALLY), resolved, null,
                    "Hồ sơ đã giải quyết được chuyển cho đơn vị xử lý trên hệ thống", List.of());
            case ONLINE_INTAKE -> value(indicator, period, online, counts.get(Counter.RECEIVED), null,
                    "Hồ sơ tiếp nhận trong kỳ qua Cổng Dịch vụ công", List.of());
            default -> throw new IllegalStateException("Chỉ tiêu " + indicator.id() + " không tính từ hồ sơ");
        };
    }

    /**
     * Satisfied ratings (no criterion "không hài lòng") over ratings given in the period, from the
     * applicants' own ratings at result return (one per dossier, never changed by staff).
     */
    private IndicatorValue satisfaction(ReformIndicator indicator, Period period, Slice slice) {
        if (!slice.equals(Slice.ALL)) {
            return value(indicator, period, null, null, null,
                    "Đánh giá của người dân chưa tách theo đơn vị, thủ tục, lĩnh vực, kênh", List.of());
        }
        RatingRepository.Satisfaction given = ratings.satisfaction(
                period.from().atStartOfDay(motcua.zone()).toInstant(),
                period.to().plusDays(1).atStartOfDay(motcua.zone()).toInstant());
        if (given.rated() == 0) {
            return value(indicator, period, null, null, null, "Chưa có đánh giá của người dân trong kỳ", List.of());
        }
        return value(indicator, period, given.satisfied(), given.rated(), null,
                "Đánh giá hài lòng trên tổng số đánh giá khi trả kết quả trong kỳ", List.of());
    }

    private IndicatorValue fromRegister(ReformIndicator indicator, Period period) {
        List<RegisterFigure> entries = register.findByIndicatorAndPeriodEndBetweenOrderByPeriodEndDescEnteredAtDesc(
                indicator.id(), period.from(), period.to());
        // A correction is a newer entry for the same period: keep the newest entry of each period.
        Map<String, RegisterFigure> newestPerPeriod = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(RegisterFigure::periodEnd).reversed()
                        .thenComparing(RegisterFigure::enteredAt, Comparator.reverseOrder()))
                .forEach(entry -> newestPerPeriod.putIfAbsent(entry.periodStart() + "/" + entry.periodEnd(), entry));
        List<RegisterFigure> used = new ArrayList<>(newestPerPeriod.values());
        if (used.isEmpty()) {
            return value(indicator, period, null, null, null, "Chưa nhập số liệu cho kỳ này", List.of());
        }
        // A count (projects) adds up over the period; a share is the latest one measured.
        if (!indicator.isCount()) {
            used = List.of(used.get(0));
        }
        BigDecimal actual = used.stream().map(RegisterFigure::figure).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_UP);
        List<IndicatorValue.RegisterEvidence> evidence = used.stream().map(entry -> new IndicatorValue.RegisterEvidence(
                entry.figure(), entry.measure(), entry.periodStart(), entry.periodEnd(), entry.evidence(),
                entry.unitId(), entry.enteredBy(), entry.enteredAt())).toList();
        return value(indicator, period, null, null, actual, "Số liệu do đơn vị nhập kèm minh chứng", evidence);
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
