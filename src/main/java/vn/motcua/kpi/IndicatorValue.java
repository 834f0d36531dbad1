package vn.motcua.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator for one period: the actual (null when there is no data, never a made-up number),
 * the counts it was computed from, the target for the period's year and both milestones.
 *
 * @param evidence for register figures: what was entered, by whom, when and on what evidence
 */
public record IndicatorValue(
        String id,
        String name,
        String planSection,
        Source source,
        String unit,
        BigDecimal actual,
        Long numerator,
        Long denominator,
        Target target,
        Target target2025,
        Target target2030,
        Status status,
        String statusLabel,
        String note,
        List<RegisterEvidence> evidence) {

    /** A register entry behind a figure. */
    public record RegisterEvidence(BigDecimal figure, String measure, java.time.LocalDate periodStart,
                                   java.time.LocalDate periodEnd, String evidence, String unitId, String enteredBy,
                                   java.time.Instant enteredAt) {
    }
}
