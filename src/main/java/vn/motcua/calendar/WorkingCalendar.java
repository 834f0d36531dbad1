package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.calendar.lunar.VietnameseLunarCalendar;

/**
 * Which dates are working days for a public body: the weekly rest days, then the official decisions
 * for years that have them, otherwise the Labour Code estimate ({@link StatutoryHolidays}).
 *
 * <p>Immutable and thread-safe; estimates are cached per year.
 */
public final class WorkingCalendar {

    /** Public bodies work Monday to Friday (40-hour week). */
    public static final Set<DayOfWeek> SATURDAY_AND_SUNDAY =
            Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    /** No real schedule has a year-long closure; a longer search means broken data. */
    private static final int SEARCH_LIMIT_DAYS = 400;

    private final OfficialSchedule schedule;
    private final Set<DayOfWeek> restDays;
    private final VietnameseLunarCalendar lunar;
    private final StatutoryHolidays statutory;
    private final Map<Integer, Map<LocalDate, SpecialDay>> estimates = new ConcurrentHashMap<>();

    public WorkingCalendar(OfficialSchedule schedule, Set<DayOfWeek> restDays, VietnameseLunarCalendar lunar) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.lunar = Objects.requireNonNull(lunar, "lunar");
        Objects.requireNonNull(restDays, "restDays");
        if (restDays.size() >= 7) {
            throw new IllegalArgumentException("Phải có ít nhất một ngày làm việc trong tuần");
        }
        this.restDays = restDays.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(DayOfWeek.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(restDays));
        this.statutory = new StatutoryHolidays(lunar, this.restDays);
    }

    /** Saturday and Sunday off, Vietnamese lunar calendar. */
    public static WorkingCalendar standard(OfficialSchedule schedule) {
        return new WorkingCalendar(schedule, SATURDAY_AND_SUNDAY, new VietnameseLunarCalendar());
    }

    public Set<DayOfWeek> restDays() {
        return restDays;
    }

    public VietnameseLunarCalendar lunarCalendar() {
        return lunar;
    }

    /** True when an official decision covers the year, so nothing in it is estimated. */
    public boolean isOfficialYear(int year) {
        return schedule.covers(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        return specialDay(date).map(d -> d.kind().working())
                .orElseGet(() -> !restDays.contains(date.getDayOfWeek()));
    }

    public CalendarDay day(LocalDate date) {
        Optional<SpecialDay> special = specialDay(date);
        boolean working = special.map(d -> d.kind().working())
                .orElseGet(() -> !restDays.contains(date.getDayOfWeek()));
        return new CalendarDay(date, working,
                special.map(SpecialDay::name).orElse(null),
                lunar.toLunar(date),
                special.map(SpecialDay::source).orElse(null),
                special.isPresent() && !schedule.covers(date.getYear()));
    }

    /** Every date from {@code from} to {@code toInclusive}. */
    public List<CalendarDay> days(LocalDate from, LocalDate toInclusive) {
        List<CalendarDay> result = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(toInclusive); d = d.plusDays(1)) {
            result.add(day(d));
        }
        return result;
    }

    /** The named days (holidays, compensatory and swapped days, make-up Saturdays) of one year. */
    public List<CalendarDay> namedDays(int year) {
        List<SpecialDay> specials = schedule.covers(year) ? schedule.days(year)
                : List.copyOf(estimatesFor(year).values());
        return specials.stream().map(s -> day(s.date())).toList();
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return workingDayOnOrAfter(date.plusDays(1));
    }

    /** {@code date} itself when it is a working day, otherwise the next one. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw noWorkingDay(date);
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate d = date.minusDays(1);
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, d = d.minusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw noWorkingDay(date);
    }

    /** The {@code count}-th working day after {@code date} (the date itself is not counted). */
    public LocalDate plusWorkingDays(LocalDate date, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Số ngày làm việc không được âm: " + count);
        }
        LocalDate d = date;
        for (int i = 0; i < count; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /** Working days in (startExclusive, endInclusive]; zero when the end is not after the start. */
    public long workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        long count = 0;
        for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    // ---------------------------------------------------------------------------------------------

    private Optional<SpecialDay> specialDay(LocalDate date) {
        if (schedule.covers(date.getYear())) {
            return schedule.find(date);
        }
        return Optional.ofNullable(estimatesFor(date.getYear()).get(date));
    }

    private Map<LocalDate, SpecialDay> estimatesFor(int year) {
        return estimates.computeIfAbsent(year, y -> statutory.estimate(y).stream()
                .collect(Collectors.toMap(SpecialDay::date, Function.identity(), (a, b) -> a,
                        TreeMap::new)));
    }

    private static IllegalStateException noWorkingDay(LocalDate from) {
        return new IllegalStateException("Không tìm thấy ngày làm việc nào trong " + SEARCH_LIMIT_DAYS
                + " ngày quanh " + from + "; kiểm tra lại dữ liệu lịch nghỉ");
    }
}
