package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.WorkingClock;
import vn.motcua.calendar.deadline.DeadlineCalculator;
import vn.motcua.calendar.deadline.TimeLimit;
import vn.motcua.calendar.deadline.Timeliness;

/** The dossier's dates on the Vietnamese working-day clock. */
@Component
class DossierDeadlines {

    private final DeadlineCalculator calculator;
    private final MotCuaProperties motcua;

    DossierDeadlines(DeadlineCalculator calculator, MotCuaProperties motcua) {
        this.calculator = calculator;
        this.motcua = motcua;
    }

    Instant appointment(Instant completeSince, TimeLimit limit) {
        return calculator.dueAt(completeSince.atZone(motcua.zone()), limit).toInstant();
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

    Timeliness classify(Instant finishedAt, Instant appointment) {
        return calculator.classify(finishedAt, appointment.atZone(motcua.zone()));
    }
}
