package vn.motcua.calendar.deadline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingClock;

/**
 * Appointment dates (ngày hẹn trả kết quả) for the four kinds of time limit, with pauses.
 * See docs/calendar.md for each rule and its legal source.
 */
public final class DeadlineCalculator {

    private final WorkingCalendar calendar;
    private final OfficeHours hours;
    private final WorkingClock clock;

    public DeadlineCalculator(WorkingCalendar calendar, OfficeHours hours, ZoneId zone) {
        this.calendar = calendar;
        this.hours = hours;
        this.clock = new WorkingClock(calendar, hours, zone);
    }

    public WorkingClock clock() {
        return clock;
    }

    /**
     * When the dossier counts as received: the receipt itself during office hours, otherwise the
     * start of the next working period (afternoon opening during lunch, next working day's opening
     * after closing or on a day off).
     */
    public ZonedDateTime normaliseReceipt(ZonedDateTime receivedAt) {
        return clock.nextWorkingMoment(receivedAt);
    }

    /** The appointment for a dossier that was never paused. */
    public ZonedDateTime dueAt(ZonedDateTime receivedAt, TimeLimit limit) {
        ZonedDateTime start = normaliseReceipt(receivedAt);
        LocalDate startDay = start.toLocalDate();
        return switch (limit.unit()) {
            case WORKING_DAYS -> limit.isWholeAmount()
                    // Day 1 is the working day after the day of receipt; the limit ends at its closing.
                    ? clock.endOfDay(calendar.plusWorkingDays(startDay, limit.amount().intValueExact()))
                    : clock.plusWorkingTime(start, scale(hours.workingTimePerDay(), limit.amount()));
            case WORKING_HOURS -> clock.plusWorkingTime(start, scale(Duration.ofHours(1), limit.amount()));
            case CALENDAR_DAYS -> {
                // Civil Code Art. 147 k.1: the day of the event is not counted; Art. 148 k.5: a period
                // ending on a day off ends on the next working day.
                LocalDate lastDay = startDay.plusDays(limit.amount().longValueExact());
                yield clock.endOfDay(calendar.workingDayOnOrAfter(lastDay));
            }
            case SAME_DAY -> {
                // "Nhận hồ sơ sau 15 giờ": 15:00:00 itself is not after 15:00, 15:00:01 is.
                boolean afterCutoff = start.toLocalTime().isAfter(limit.sameDayCutoff());
                yield clock.endOfDay(afterCutoff ? calendar.nextWorkingDay(startDay) : startDay);
            }
        };
    }

    /**
     * The appointment moved by exactly the office time spent in pauses, or empty while a pause is
     * open (the date is then undefined). A pause that starts at or after the running appointment
     * changes nothing: the budget was already used up, resuming cannot revive it.
     */
    public Optional<ZonedDateTime> dueAt(ZonedDateTime receivedAt, TimeLimit limit, PauseLedger ledger) {
        if (ledger.isPaused()) {
            return Optional.empty();
        }
        ZonedDateTime due = dueAt(receivedAt, limit);
        for (Pause pause : ledger.pauses()) {
            if (!pause.pausedAt().isBefore(due.toInstant())) {
                continue;
            }
            due = clock.plusWorkingTime(due, clock.workingTimeBetween(pause.pausedAt(), pause.resumedAt()));
        }
        return Optional.of(due);
    }

    /** Office time spent in pauses; an open pause counts up to {@code asOf}. */
    public Duration pausedWorkingTime(PauseLedger ledger, Instant asOf) {
        Duration sum = Duration.ZERO;
        for (Pause pause : ledger.pauses()) {
            Instant end = pause.isOpen() ? asOf : pause.resumedAt();
            sum = sum.plus(clock.workingTimeBetween(pause.pausedAt(), end));
        }
        return sum;
    }

    /**
     * EARLY when finished on a date before the appointment's date, ON_TIME when finished on that
     * date and not after the appointment, LATE otherwise. Dates are taken in the calculator's zone.
     */
    public Timeliness classify(Instant finishedAt, ZonedDateTime appointment) {
        if (finishedAt.isAfter(appointment.toInstant())) {
            return Timeliness.LATE;
        }
        LocalDate finishedDay = finishedAt.atZone(clock.zone()).toLocalDate();
        LocalDate appointmentDay = appointment.withZoneSameInstant(clock.zone()).toLocalDate();
        return finishedDay.isBefore(appointmentDay) ? Timeliness.EARLY : Timeliness.ON_TIME;
    }

    /** As {@link #classify(Instant, ZonedDateTime)}, but LATE whenever supplements were requested more than once. */
    public Timeliness classify(Instant finishedAt, ZonedDateTime appointment, PauseLedger ledger) {
        return ledger.exceedsSupplementLimit() ? Timeliness.LATE : classify(finishedAt, appointment);
    }

    private static Duration scale(Duration unit, BigDecimal factor) {
        BigDecimal nanos = new BigDecimal(unit.toNanos()).multiply(factor);
        // Whole seconds: a step budget never needs more, and it keeps due times readable.
        long seconds = nanos.movePointLeft(9).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Duration.ofSeconds(seconds);
    }
}
