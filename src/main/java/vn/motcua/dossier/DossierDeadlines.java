package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.WorkingClock;
import vn.motcua.calendar.deadline.DeadlineCalculator;
import vn.motcua.calendar.deadline.PauseLedger;
import vn.motcua.calendar.deadline.Timeliness;
import vn.motcua.web.InvalidRequestException;

/** The dossier's dates on the Vietnamese working-day clock. */
@Component
class DossierDeadlines {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DeadlineCalculator calculator;
    private final MotCuaProperties motcua;

    DossierDeadlines(DeadlineCalculator calculator, MotCuaProperties motcua) {
        this.calculator = calculator;
        this.motcua = motcua;
    }

    ZonedDateTime zoned(Instant instant) {
        return instant.atZone(motcua.zone());
    }

    /**
     * When the apology and extension request is due: one working day before the appointment (the
     * rule's "chậm nhất 01 ngày trước ngày hết hạn"); for limits of a day or less, which leave no
     * working day to spare, half-way through the remaining working time.
     */
    Instant apologyDue(Instant acceptedAt, Instant appointment) {
        WorkingClock clock = calculator.clock();
        Duration total = clock.workingTimeBetween(acceptedAt, appointment);
        Duration day = clock.hours().workingTimePerDay();
        Duration lead = total.compareTo(day) > 0 ? total.minus(day) : total.dividedBy(2);
        ZonedDateTime start = acceptedAt.atZone(motcua.zone());
        return clock.plusWorkingTime(start, lead).toInstant();
    }

    /** Decision 766: the applicant's pauses are not counted, and more than one supplement request is late. */
    Timeliness classify(Instant finishedAt, Instant appointment, PauseLedger ledger) {
        Duration paused = calculator.pausedWorkingTime(ledger, finishedAt);
        ZonedDateTime due = appointment.atZone(motcua.zone());
        if (!paused.isZero()) {
            due = calculator.clock().plusWorkingTime(due, paused);
        }
        return calculator.classify(finishedAt, due, ledger);
    }

    /** Office time the pause took, which every running deadline of the dossier moves by. */
    Duration pausedWorkingTime(Instant pausedAt, Instant resumedAt) {
        return calculator.clock().workingTimeBetween(pausedAt, resumedAt);
    }

    Duration pausedWorkingTime(PauseLedger ledger, Instant asOf) {
        return calculator.pausedWorkingTime(ledger, asOf);
    }

    /** A date given as a new appointment means the end of that working day; a day off is refused. */
    Instant endOfWorkingDay(LocalDate date) {
        WorkingClock clock = calculator.clock();
        if (!clock.calendar().isWorkingDay(date)) {
            throw new InvalidRequestException("Ngày " + VIETNAMESE_DATE.format(date)
                    + " là ngày nghỉ, hãy chọn một ngày làm việc");
        }
        return clock.endOfDay(date).toInstant();
    }

    Instant plusWorkingTime(Instant at, Duration amount) {
        return calculator.clock().plusWorkingTime(at.atZone(motcua.zone()), amount).toInstant();
    }
}
