package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Office-hours time on working days, in one explicit zone. The JVM default zone is never used:
 * servers run in UTC while the law counts Vietnamese days.
 */
public final class WorkingClock {

    /** Longest stretch of days walked for one addition; ten years of office time is far beyond any limit. */
    private static final int MAX_DAYS_WALKED = 3660;

    private final WorkingCalendar calendar;
    private final OfficeHours hours;
    private final ZoneId zone;

    public WorkingClock(WorkingCalendar calendar, OfficeHours hours, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public OfficeHours hours() {
        return hours;
    }

    /** True when {@code instant} falls inside a session of a working day. */
    public boolean isWorkingMoment(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return calendar.isWorkingDay(local.toLocalDate()) && hours.isWithin(local);
    }

    /**
     * {@code time} itself when the office is open then; otherwise the start of the next session
     * (the afternoon opening during lunch, the next working day's opening after closing time or on
     * a day off). Session ends are exclusive, so 17:00:00 already belongs to the next day.
     */
    public ZonedDateTime nextWorkingMoment(ZonedDateTime time) {
        ZonedDateTime local = time.withZoneSameInstant(zone);
        LocalDate date = local.toLocalDate();
        LocalTime clock = local.toLocalTime();
        if (calendar.isWorkingDay(date)) {
            for (OfficeHours.Session session : hours.sessions(date)) {
                if (session.contains(clock)) {
                    return local;
                }
                if (clock.isBefore(session.start())) {
                    return ZonedDateTime.of(date, session.start(), zone);
                }
            }
        }
        return startOfDay(calendar.nextWorkingDay(date));
    }

    /** Opening of {@code date} in this clock's zone. */
    public ZonedDateTime startOfDay(LocalDate date) {
        return ZonedDateTime.of(date, hours.start(date), zone);
    }

    /** Closing of {@code date} in this clock's zone. */
    public ZonedDateTime endOfDay(LocalDate date) {
        return ZonedDateTime.of(date, hours.end(date), zone);
    }

    /** Office time on working days between two instants; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime start = LocalDateTime.ofInstant(from, zone);
        LocalDateTime end = LocalDateTime.ofInstant(to, zone);
        Duration sum = Duration.ZERO;
        for (LocalDate d = start.toLocalDate(); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                continue;
            }
            LocalTime begin = d.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIN;
            LocalTime finish = d.equals(end.toLocalDate()) ? end.toLocalTime() : LocalTime.MAX;
            sum = sum.plus(hours.workingTimeWithin(d, begin, finish));
        }
        return sum;
    }

    /** {@link #workingTimeBetween} in whole minutes, for reports and stores that keep durations in minutes. */
    public long workingMinutesBetween(Instant from, Instant to) {
        return workingTimeBetween(from, to).toMinutes();
    }

    /**
     * The instant at which {@code amount} of office time has elapsed after {@code start}. When the
     * budget runs out exactly at a session end, that end is the answer (17:00, not next morning).
     */
    public ZonedDateTime plusWorkingTime(ZonedDateTime start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Thời gian cộng thêm không được âm: " + amount);
        }
        ZonedDateTime local = start.withZoneSameInstant(zone);
        if (amount.isZero()) {
            return local;
        }
        Duration remaining = amount;
        LocalDate date = local.toLocalDate();
        LocalTime from = local.toLocalTime();
        for (int i = 0; i < MAX_DAYS_WALKED; i++, date = date.plusDays(1), from = LocalTime.MIN) {
            if (!calendar.isWorkingDay(date)) {
                continue;
            }
            for (OfficeHours.Session session : hours.sessions(date)) {
                LocalTime begin = from.isAfter(session.start()) ? from : session.start();
                if (!begin.isBefore(session.end())) {
                    continue;
                }
                Duration available = Duration.between(begin, session.end());
                if (remaining.compareTo(available) <= 0) {
                    return ZonedDateTime.of(date, begin.plus(remaining), zone);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalArgumentException("Thời gian " + amount + " vượt quá giới hạn tính toán ("
                + MAX_DAYS_WALKED + " ngày)");
    }
}
