package vn.motcua.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A figure for a reform indicator that no workflow produces (source "register" in the plan's
 * targets), entered by the responsible unit with its evidence. Never updated: a correction is a
 * newer entry for the same indicator and period.
 *
 * @param indicator the target's id in the plan's table, e.g. {@code STAFF-DEGREE}, {@code COVERAGE-5G}
 */
@Entity
@Table(name = "register_figure")
public class RegisterFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String indicator;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false)
    private BigDecimal figure;

    /** What the figure counts: {@code PERCENT} or a count such as {@code PROJECTS}. */
    @Column(nullable = false)
    private String measure;

    @Column(nullable = false)
    private String evidence;

    @Column(name = "unit_id", nullable = false)
    private String unitId;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected RegisterFigure() {
    }

    public RegisterFigure(String indicator, LocalDate periodStart, LocalDate periodEnd, BigDecimal figure,
                          String measure, String evidence, String unitId, String enteredBy, Instant enteredAt) {
        this.indicator = indicator;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.figure = figure;
        this.measure = measure;
        this.evidence = evidence;
        this.unitId = unitId;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long id() {
        return id;
    }

    public String indicator() {
        return indicator;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public BigDecimal figure() {
        return figure;
    }

    public String measure() {
        return measure;
    }

    public String evidence() {
        return evidence;
    }

    public String unitId() {
        return unitId;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }
}
