package vn.motcua.deadline;

import java.time.ZonedDateTime;
import java.util.Date;

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
 */
@Component("deadlines")
public class Deadlines {

    private final DeadlineCalculator calculator;
    private final MotCuaProperties motcua;

    public Deadlines(DeadlineCalculator calculator, MotCuaProperties motcua) {
        this.calculator = calculator;
        this.motcua = motcua;
    }

    /** The moment a limit such as {@code "3 WORKING_DAYS"} runs out for something received at {@code start}. */
    public Date dueAt(Date start, String limit) {
        return Date.from(dueAt(start.toInstant().atZone(motcua.zone()), TimeLimit.parse(limit)).toInstant());
    }

    /** The same, for a limit held in a process variable as amount and unit (e.g. from a form). */
    public Date dueAt(Date start, Object amount, String unit) {
        return dueAt(start, amount + " " + unit);
    }

    public ZonedDateTime dueAt(ZonedDateTime start, TimeLimit limit) {
        return calculator.dueAt(start, limit);
    }
}
