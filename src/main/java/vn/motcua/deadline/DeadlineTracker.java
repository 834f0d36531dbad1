package vn.motcua.deadline;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.deadline.DeadlineCalculator;
import vn.motcua.calendar.deadline.TimeLimit;

/**
 * Sets a due date on a process instance and remembers how it was computed, so that a change of the
 * official schedule re-projects it (see {@code CalendarRevisions}). Models use it through
 * {@link Deadlines#track}; Java modules call {@link #track(String, String, ZonedDateTime, TimeLimit, boolean)}.
 */
@Service
public class DeadlineTracker {

    private final DeadlineCalculator calculator;
    private final TrackedDeadlineRepository deadlines;
    private final RuntimeService runtimeService;
    private final Clock clock;

    DeadlineTracker(DeadlineCalculator calculator, TrackedDeadlineRepository deadlines, RuntimeService runtimeService,
                    Clock clock) {
        this.calculator = calculator;
        this.deadlines = deadlines;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * Sets {@code variableName} on the process instance to the moment {@code limit} runs out and tracks it.
     *
     * @param committed true for a date promised to a citizen (ngày hẹn trả kết quả): a later calendar
     *                  change keeps it and reports the date it would now be, instead of moving it
     * @return the due date
     */
    @Transactional
    public ZonedDateTime track(String processInstanceId, String variableName, ZonedDateTime startedAt,
                               TimeLimit limit, boolean committed) {
        ZonedDateTime due = calculator.dueAt(startedAt, limit);
        runtimeService.setVariable(processInstanceId, variableName, Date.from(due.toInstant()));
        record(processInstanceId, variableName, startedAt, limit, due, committed);
        return due;
    }

    /** From inside a running model: the variable goes through the listener's own scope, like task.setVariable. */
    @Transactional
    public ZonedDateTime track(VariableScope scope, String processInstanceId, String variableName,
                               ZonedDateTime startedAt, TimeLimit limit, boolean committed) {
        ZonedDateTime due = calculator.dueAt(startedAt, limit);
        scope.setVariable(variableName, Date.from(due.toInstant()));
        record(processInstanceId, variableName, startedAt, limit, due, committed);
        return due;
    }

    /** The process instance has ended: its deadlines no longer need re-projecting. */
    @Transactional
    void closeAll(String processInstanceId) {
        deadlines.findByProcessInstanceIdAndOpenTrue(processInstanceId).forEach(TrackedDeadline::close);
    }

    private void record(String processInstanceId, String variableName, ZonedDateTime startedAt, TimeLimit limit,
                        ZonedDateTime due, boolean committed) {
        // Tracking the same variable again (a loop, a new appointment) replaces what the old row measured.
        deadlines.findByProcessInstanceIdAndVariableNameAndOpenTrue(processInstanceId, variableName)
                .forEach(TrackedDeadline::close);
        deadlines.save(new TrackedDeadline(processInstanceId, variableName, startedAt.toInstant(), limit,
                due.toInstant(), committed, clock.instant()));
    }
}
