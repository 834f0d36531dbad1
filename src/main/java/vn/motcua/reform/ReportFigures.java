package vn.motcua.reform;

import java.time.LocalDate;
import java.util.List;

/**
 * The hook for the KPI module (#7): the figures of a period that a reform report quotes. Provide one
 * bean implementing it; until then reports say the figures are not connected.
 */
public interface ReportFigures {

    List<Figure> figures(LocalDate periodStart, LocalDate periodEnd);

    /** @param indicator the target's id in the plan (seed-targets), e.g. {@code TTHC-ONTIME} */
    record Figure(String indicator, String label, String value) {
    }
}
