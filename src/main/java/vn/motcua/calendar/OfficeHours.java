package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Opening sessions of the one-stop counter, e.g. 07:30–11:30 and 13:00–17:00. Northern communes
 * switch between summer and winter hours, hence optional {@link Season}s; a date that no season
 * covers uses the default sessions.
 *
 * <p>Every schedule must have the same daily length: deadline arithmetic converts working days to
 * working hours with one constant ({@link #workingTimePerDay()}), as the provincial systems do with
 * "1 ngày làm việc = 8 giờ".
 */
public final class OfficeHours {

    /** One opening session, half-open: open at {@code start}, closed from {@code end}. */
    public record Session(LocalTime start, LocalTime end) {

        public Session {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("Buổi làm việc phải bắt đầu trước khi kết thúc: "
                        + start + "–" + end);
            }
        }

        public static Session of(String start, String end) {
            return new Session(LocalTime.parse(start), LocalTime.parse(end));
        }

        public Duration length() {
            return Duration.between(start, end);
        }

        public boolean contains(LocalTime time) {
            return !time.isBefore(start) && time.isBefore(end);
        }
    }

    /**
     * Sessions used from {@code from} to {@code to} inclusive, every year. {@code from} after
     * {@code to} wraps over New Year (e.g. winter 15/10–14/4).
     */
    public record Season(MonthDay from, MonthDay to, List<Session> sessions) {

        public Season {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            sessions = checkedSessions(sessions);
        }

        public boolean contains(MonthDay day) {
            if (!from.isAfter(to)) {
                return !day.isBefore(from) && !day.isAfter(to);
            }
            return !day.isBefore(from) || !day.isAfter(to);
        }
    }

    private final List<Session> defaultSessions;
    private final List<Season> seasons;
    private final Duration perDay;

    public OfficeHours(List<Session> defaultSessions, List<Season> seasons) {
        this.defaultSessions = checkedSessions(defaultSessions);
        this.seasons = List.copyOf(seasons);
        this.perDay = total(this.defaultSessions);
        for (Season season : this.seasons) {
            if (!total(season.sessions()).equals(perDay)) {
                throw new IllegalArgumentException("Giờ làm việc theo mùa " + season.from() + "–" + season.to()
                        + " dài " + total(season.sessions()).toMinutes() + " phút/ngày, khác lịch mặc định "
                        + perDay.toMinutes() + " phút/ngày");
            }
        }
        rejectOverlappingSeasons(this.seasons);
    }

    public OfficeHours(List<Session> sessions) {
        this(sessions, List.of());
    }

    /** 07:30–11:30 and 13:00–17:00: the 8-hour day of most commune one-stop counters. */
    public static OfficeHours standard() {
        return new OfficeHours(List.of(Session.of("07:30", "11:30"), Session.of("13:00", "17:00")));
    }

    /** Sessions that apply on {@code date}, in time order. */
    public List<Session> sessions(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        for (Season season : seasons) {
            if (season.contains(day)) {
                return season.sessions();
            }
        }
        return defaultSessions;
    }

    /** Opening time on {@code date}. */
    public LocalTime start(LocalDate date) {
        return sessions(date).get(0).start();
    }

    /** Closing time on {@code date}. */
    public LocalTime end(LocalDate date) {
        List<Session> sessions = sessions(date);
        return sessions.get(sessions.size() - 1).end();
    }

    /** True when the counter is open at that local time (working days are not this class's concern). */
    public boolean isWithin(LocalDateTime time) {
        return sessions(time.toLocalDate()).stream().anyMatch(s -> s.contains(time.toLocalTime()));
    }

    /** Open time on {@code date} between {@code from} (inclusive) and {@code to} (exclusive). */
    public Duration workingTimeWithin(LocalDate date, LocalTime from, LocalTime to) {
        Duration sum = Duration.ZERO;
        for (Session session : sessions(date)) {
            LocalTime begin = from.isAfter(session.start()) ? from : session.start();
            LocalTime finish = to.isBefore(session.end()) ? to : session.end();
            if (begin.isBefore(finish)) {
                sum = sum.plus(Duration.between(begin, finish));
            }
        }
        return sum;
    }

    /** Length of one working day; 8 hours for the standard schedule. */
    public Duration workingTimePerDay() {
        return perDay;
    }

    public List<Season> seasons() {
        return seasons;
    }

    public List<Session> defaultSessions() {
        return defaultSessions;
    }

    // ---------------------------------------------------------------------------------------------

    private static List<Session> checkedSessions(List<Session> sessions) {
        Objects.requireNonNull(sessions, "sessions");
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("Lịch làm việc phải có ít nhất một buổi");
        }
        List<Session> sorted = new ArrayList<>(sessions);
        sorted.sort(Comparator.comparing(Session::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("Các buổi làm việc chồng lên nhau: " + sorted.get(i - 1)
                        + " và " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    private static Duration total(List<Session> sessions) {
        return sessions.stream().map(Session::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** Overlaps would make the answer depend on list order; check every day of a leap year. */
    private static void rejectOverlappingSeasons(List<Season> seasons) {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            MonthDay day = MonthDay.from(d);
            long matches = seasons.stream().filter(s -> s.contains(day)).count();
            if (matches > 1) {
                throw new IllegalArgumentException("Các mùa làm việc chồng lên nhau vào ngày "
                        + day.getDayOfMonth() + "/" + day.getMonthValue());
            }
        }
    }
}
