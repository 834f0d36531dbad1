package vn.motcua.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Calendar dates (a quarter's end, a report's period) turned into moments on the Vietnamese working
 * calendar: a date that falls on a rest day or a holiday moves to the next working day, as a time
 * limit ending on a day off does. Shared by the internal processes; registered as {@code workingDates}
 * so models can use it in timer and due-date expressions.
 */
@Component("workingDates")
public class WorkingDates {

    private final WorkingCalendar calendar;
    private final OfficeHours hours;
    private final MotCuaProperties motcua;
    private final Clock clock;

    public WorkingDates(WorkingCalendar calendar, OfficeHours hours, MotCuaProperties motcua, Clock clock) {
        this.calendar = calendar;
        this.hours = hours;
        this.motcua = motcua;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(motcua.zone()));
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return calendar.workingDayOnOrAfter(date);
    }

    /** The end of office hours on {@code date}, or on the next working day when {@code date} is a day off. */
    public Date closeOfBusinessOnOrAfter(LocalDate date) {
        LocalDate day = calendar.workingDayOnOrAfter(date);
        return Date.from(ZonedDateTime.of(day, hours.end(day), motcua.zone()).toInstant());
    }

    /** The start of office hours {@code workingDays} working days before the day of {@code due}. */
    public Date workingDaysBefore(Date due, int workingDays) {
        LocalDate day = due.toInstant().atZone(motcua.zone()).toLocalDate();
        for (int i = 0; i < workingDays; i++) {
            day = calendar.previousWorkingDay(day);
        }
        return Date.from(ZonedDateTime.of(day, hours.start(day), motcua.zone()).toInstant());
    }

    public LocalDate localDate(Date date) {
        return date.toInstant().atZone(motcua.zone()).toLocalDate();
    }
}
