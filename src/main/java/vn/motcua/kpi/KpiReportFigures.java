package vn.motcua.kpi;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.reform.ReportFigures;

/** The figures a periodic reform report quotes: every indicator of the period, as the KPI page shows it. */
@Component
class KpiReportFigures implements ReportFigures {

    private final KpiFigures kpi;

    KpiReportFigures(KpiFigures kpi) {
        this.kpi = kpi;
    }

    @Override
    public List<Figure> figures(LocalDate periodStart, LocalDate periodEnd) {
        Period period = new Period(periodStart, periodEnd, "Từ " + periodStart + " đến " + periodEnd);
        return kpi.indicators(period, Slice.ALL).stream()
                .map(value -> new Figure(value.id(), value.name(), shown(value)))
                .toList();
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
