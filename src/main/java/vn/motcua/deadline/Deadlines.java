package vn.motcua.deadline;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.deadline.DeadlineCalculator;
import vn.motcua.calendar.deadline.TimeLimit;

/**
 * The working-day clock for BPMN expressions, registered as {@code deadlines}: a model writes
 * {@code camunda:dueDate="${deadlines.dueAt(now(), '4 WORKING_HOURS')}"} or
 * {@code <timeDate>${deadlines.dueAt(receivedAt, '3 WORKING_DAYS')}</timeDate>}, never a raw ISO
 * duration, which the engine would count in calendar time. Returns {@link Date} because that is
 * what the engine uses as is for timers and due dates.
 *
 * <p>A due date that lives longer than one step goes into a variable with {@link #track}, so that a
 * change of the official schedule moves it (and the timers and task due dates set from it).
 */
@Component("deadlines")
public class Deadlines {

    private final DeadlineCalculator calculator;
    private final DeadlineTracker tracker;
    private final MotCuaProperties motcua;

    public Deadlines(DeadlineCalculator calculator, DeadlineTracker tracker, MotCuaProperties motcua) {
        this.calculator = calculator;
        this.tracker = tracker;
        this.motcua = motcua;
    }

    /** The moment a limit such as {@code "3 WORKING_DAYS"} runs out for something received at {@code start}. */
    public Date dueAt(Date start, String limit) {
        return Date.from(dueAt(zoned(start), TimeLimit.parse(limit)).toInstant());
    }

    /** The same, for a limit held in a process variable as amount and unit (e.g. from a form). */
    public Date dueAt(Date start, Object amount, String unit) {
        return dueAt(start, amount + " " + unit);
    }

    public ZonedDateTime dueAt(ZonedDateTime start, TimeLimit limit) {
        return calculator.dueAt(start, limit);
    }

    /**
     * Sets {@code variableName} to the due date and tracks it: in a task listener
     * {@code ${deadlines.track(task, 'handlingDueAt', now(), handlingDays, 'WORKING_DAYS')}}, in an
     * execution listener or a service task {@code ${deadlines.track(execution, ...)}}.
     *
     * @param scope the {@code task} or {@code execution} of the expression
     */
    public Date track(VariableScope scope, String variableName, Date start, Object amount, String unit) {
        ZonedDateTime due = tracker.track(scope, processInstanceId(scope), variableName, zoned(start),
                TimeLimit.parse(amount + " " + unit), false);
        return Date.from(due.toInstant());
    }

    private static String processInstanceId(VariableScope scope) {
        String id = scope instanceof DelegateTask task ? task.getProcessInstanceId()
                : scope instanceof DelegateExecution execution ? execution.getProcessInstanceId() : null;
        if (id == null) {
            throw new IllegalArgumentException(
                    "deadlines.track cần 'task' hoặc 'execution' của một quy trình, nhận được: " + scope);
        }
        return id;
    }

    private ZonedDateTime zoned(Date date) {
        return date.toInstant().atZone(motcua.zone());
    }
}
