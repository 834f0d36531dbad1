package vn.motcua.reform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.motcua.engine.InputRefusal;
import vn.motcua.identity.OrganisationProperties;
import vn.motcua.internal.WorkingDates;
import vn.motcua.reform.ReformPlanProperties.Due;
import vn.motcua.reform.ReformPlanProperties.DueKind;

/**
 * The reform-task process's expressions ({@code reformTasks}): deadlines of the plan on the working
 * calendar, yearly rounds, and the rule that a task is closed only with evidence.
 */
@Component("reformTasks")
public class ReformTasks {

    static final String DUE_AT = "dueAt";
    static final String DUE_KIND = "dueKind";

    private final WorkingDates dates;
    private final ReformPlanProperties plan;
    private final Set<String> groups;
    private final Clock clock;

    public ReformTasks(WorkingDates dates, ReformPlanProperties plan, OrganisationProperties organisation, Clock clock) {
        this.dates = dates;
        this.clock = clock;
        this.plan = plan;
        this.groups = organisation.units().stream().map(OrganisationProperties.Unit::id).collect(Collectors.toSet());
    }

    /** When a key task of the plan falls due, counted from {@code today} for the open-ended kinds. */
    public Date dueAt(Due due, LocalDate today) {
        LocalDate nominal = switch (due.kind()) {
            case QUARTER -> LocalDate.of(due.year(), due.quarter() * 3, 1).plusMonths(1).minusDays(1);
            case YEAR -> LocalDate.of(due.year(), 12, 31);
            case YEARLY, SCHEDULE -> LocalDate.of(Math.min(today.getYear(), plan.planEndYear()), 12, 31);
        };
        return dates.closeOfBusinessOnOrAfter(nominal);
    }

    /**
     * Start listener: a task given by the higher authority and entered by the office has a date
     * ({@code dueDate}, yyyy-MM-dd) instead of a computed {@code dueAt}.
     */
    public void prepare(DelegateExecution execution) {
        Object leadUnits = execution.getVariable("leadUnits");
        if (leadUnits == null || !groups.containsAll(Set.of(leadUnits.toString().split(",")))) {
            throw InputRefusal.of("Đơn vị chủ trì không có trong cơ cấu tổ chức: " + leadUnits);
        }
        if (execution.getVariable(DUE_AT) == null) {
            Object dueDate = execution.getVariable("dueDate");
            try {
                LocalDate date = LocalDate.parse(String.valueOf(dueDate).substring(0, 10));
                execution.setVariable(DUE_AT, dates.closeOfBusinessOnOrAfter(date));
            } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw InputRefusal.of("Thời hạn hoàn thành không hợp lệ: " + dueDate, e);
            }
            execution.setVariable(DUE_KIND, DueKind.YEAR.name());
        }
    }

    /** The warning date: the start of the day {@code workingDays} working days before the deadline. */
    public Date warnAt(Date dueAt, int workingDays) {
        return dates.workingDaysBefore(dueAt, workingDays);
    }

    /**
     * Whether the deadline is still ahead: a task seeded after its warning date (most of the plan's
     * 2021–2025 tasks) gets the leaders' escalation, not a pointless "due soon" reminder as well.
     */
    public boolean beforeDeadline(Date dueAt) {
        return clock.instant().isBefore(dueAt.toInstant());
    }

    /** Sets {@code nextRound}: a yearly task starts its next year's round until the plan ends. */
    public void planNextRound(DelegateExecution execution) {
        boolean yearly = DueKind.YEARLY.name().equals(execution.getVariable(DUE_KIND));
        int year = dates.localDate((Date) execution.getVariable(DUE_AT)).getYear();
        boolean next = yearly && year < plan.planEndYear();
        if (next) {
            execution.setVariable(DUE_AT, dates.closeOfBusinessOnOrAfter(LocalDate.of(year + 1, 12, 31)));
        }
        execution.setVariable("nextRound", next);
    }

    /** Complete listener of the progress report: "done" needs evidence (document number, minutes, link). */
    public void checkEvidence(DelegateTask task) {
        Object evidence = task.getVariable("evidence");
        if ("done".equals(task.getVariable("taskStatus")) && (evidence == null || evidence.toString().isBlank())) {
            throw InputRefusal.of("Báo cáo hoàn thành nhiệm vụ phải kèm minh chứng (số văn bản, biên bản, đường dẫn).");
        }
    }
}
