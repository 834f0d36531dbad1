package vn.motcua.kpi;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.reform.ReportFigures;

/**
 * The figures a periodic reform report quotes: every indicator of the period, as the KPI page shows it,
 * then the totals of the official statistics table (form II.06a) for the same period.
 */
@Component
class KpiReportFigures implements ReportFigures {

    private final KpiFigures kpi;
    private final StatisticsTable statistics;

    KpiReportFigures(KpiFigures kpi, StatisticsTable statistics) {
        this.kpi = kpi;
        this.statistics = statistics;
    }

    @Override
    public List<Figure> figures(LocalDate periodStart, LocalDate periodEnd) {
        Period period = new Period(periodStart, periodEnd, "Từ " + periodStart + " đến " + periodEnd);
        List<Figure> figures = new java.util.ArrayList<>(kpi.indicators(period, Slice.ALL).stream()
                .map(value -> new Figure(value.id(), value.name(), shown(value)))
                .toList());
        StatisticsTable.Line total = statistics.of(period).total();
        String form = StatisticsTable.FORM + ", ";
        figures.add(new Figure(form + "cột 3", "Tổng số hồ sơ tiếp nhận", total.received() + " (kỳ trước chuyển qua "
                + total.carriedOver() + ", trực tuyến " + total.newOnline() + ", trực tiếp và bưu chính "
                + total.newCounterOrPost() + ")"));
        figures.add(new Figure(form + "cột 7", "Số hồ sơ đã giải quyết", total.resolved() + " (trước hạn "
                + total.resolvedEarly() + ", đúng hạn " + total.resolvedOnTime() + ", quá hạn " + total.resolvedLate() + ")"));
        figures.add(new Figure(form + "cột 11", "Số hồ sơ đang giải quyết", total.inProgress() + " (trong hạn "
                + total.inProgressNotDue() + ", quá hạn " + total.inProgressOverdue() + "; trong đó tạm dừng " + total.paused() + ")"));
        figures.add(new Figure(form + "cột 15", "Số hồ sơ rút, dừng giải quyết", String.valueOf(total.withdrawnOrCancelled())));
        return figures;
    }

    private static String shown(IndicatorValue value) {
        if (value.actual() == null) {
            return value.statusLabel();
        }
        String figure = value.actual().setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                .replace('.', ',') + (value.unit() == null ? "" : " " + value.unit());
        return figure + " (" + value.statusLabel() + ")";
    }
}
