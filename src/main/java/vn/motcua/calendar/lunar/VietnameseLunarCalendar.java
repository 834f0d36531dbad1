package vn.motcua.calendar.lunar;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts between the Gregorian calendar and the Vietnamese lunisolar calendar.
 *
 * <p>Written from the published rules, not from any existing converter:
 * <ul>
 *   <li>a month begins on the local civil day (UTC+7 for Vietnam) that holds the new moon
 *       (Meeus ch. 49, see {@link NewMoon});</li>
 *   <li>month 11 is the month that holds the December solstice (apparent solar longitude 270°);</li>
 *   <li>when 13 new moons begin between two months 11, the first month after month 11 that holds
 *       no principal solar term (trung khí, a multiple of 30° of solar longitude) is the leap month
 *       and repeats the number of the month before it.</li>
 * </ul>
 * Whether a month "holds" an instant is decided on local dates: the instant's local day falls on or
 * after the month's first day and before the next month's first day. The time zone is a parameter
 * because the Chinese calendar follows the same rules at UTC+8 and differs in some years.
 *
 * <p>Thread-safe; per-span results are cached because deadline arithmetic asks for the same years
 * over and over.
 */
public final class VietnameseLunarCalendar {

    public static final double VIETNAM_UTC_OFFSET_HOURS = 7.0;
    public static final int FIRST_SUPPORTED_YEAR = 1900;
    public static final int LAST_SUPPORTED_YEAR = 2100;

    /** Julian Day Number of 1970-01-01, to move between java.time epoch days and Julian days. */
    private static final long JDN_OF_EPOCH_DAY_ZERO = 2440588L;

    private final double utcOffsetHours;
    private final Map<Integer, LunarYearLayout> layouts = new ConcurrentHashMap<>();
    private final Map<Long, LocalDate> monthStarts = new ConcurrentHashMap<>();

    /** The Vietnamese calendar (UTC+7). */
    public VietnameseLunarCalendar() {
        this(VIETNAM_UTC_OFFSET_HOURS);
    }

    /** The same rules evaluated at another offset, e.g. 8.0 for the Chinese calendar. */
    public VietnameseLunarCalendar(double utcOffsetHours) {
        if (!(utcOffsetHours >= -12.0 && utcOffsetHours <= 14.0)) {
            throw new IllegalArgumentException("Độ lệch múi giờ không hợp lệ: " + utcOffsetHours + " giờ");
        }
        this.utcOffsetHours = utcOffsetHours;
    }

    public double utcOffsetHours() {
        return utcOffsetHours;
    }

    /** The lunar date of a Gregorian date between 1900-01-01 and 2100-12-31. */
    public LunarDate toLunar(LocalDate date) {
        if (date.getYear() < FIRST_SUPPORTED_YEAR || date.getYear() > LAST_SUPPORTED_YEAR) {
            throw outOfRange("Ngày " + date);
        }
        long k = monthContaining(date);
        LunarYearLayout layout = layout(date.getYear());
        if (k < layout.month11()) {
            layout = layout(date.getYear() - 1);
        }
        int offset = (int) (k - layout.month11());
        int day = (int) (date.toEpochDay() - monthStart(k).toEpochDay()) + 1;
        return new LunarDate(layout.lunarYearAt(offset), layout.monthNumberAt(offset), day,
                layout.isLeapAt(offset));
    }

    /** The Gregorian date of a lunar date; the result must fall between 1900-01-01 and 2100-12-31. */
    public LocalDate toSolar(LunarDate lunar) {
        if (lunar.year() < FIRST_SUPPORTED_YEAR - 1 || lunar.year() > LAST_SUPPORTED_YEAR) {
            throw outOfRange("Ngày âm lịch " + lunar.toVietnameseText());
        }
        LunarYearLayout layout = layout(lunar.month() >= 11 ? lunar.year() : lunar.year() - 1);
        int offset = layout.offsetOf(lunar.month(), lunar.leapMonth());
        if (offset < 0) {
            throw new IllegalArgumentException("Năm âm lịch " + lunar.year() + " không có tháng "
                    + lunar.month() + " nhuận");
        }
        long k = layout.month11() + offset;
        LocalDate start = monthStart(k);
        long length = monthStart(k + 1).toEpochDay() - start.toEpochDay();
        if (lunar.day() > length) {
            throw new IllegalArgumentException("Tháng " + lunar.month() + (lunar.leapMonth() ? " nhuận" : "")
                    + " năm âm lịch " + lunar.year() + " chỉ có " + length + " ngày, không có ngày "
                    + lunar.day());
        }
        LocalDate result = start.plusDays(lunar.day() - 1L);
        if (result.getYear() < FIRST_SUPPORTED_YEAR || result.getYear() > LAST_SUPPORTED_YEAR) {
            throw outOfRange("Ngày âm lịch " + lunar.toVietnameseText());
        }
        return result;
    }

    /** Mùng 1 Tết of a lunar year (the first day of its month 1). */
    public LocalDate lunarNewYear(int lunarYear) {
        return toSolar(LunarDate.of(lunarYear, 1, 1));
    }

    /** Number of days (29 or 30) of the lunar month that holds {@code date}. */
    public int lengthOfMonthContaining(LocalDate date) {
        long k = monthContaining(date);
        return (int) (monthStart(k + 1).toEpochDay() - monthStart(k).toEpochDay());
    }

    // ---------------------------------------------------------------------------------------------

    private LunarYearLayout layout(int solarYear) {
        return layouts.computeIfAbsent(solarYear, this::computeLayout);
    }

    private LunarYearLayout computeLayout(int solarYear) {
        long month11 = monthContaining(decemberSolsticeDay(solarYear));
        long nextMonth11 = monthContaining(decemberSolsticeDay(solarYear + 1));
        int count = (int) (nextMonth11 - month11);
        if (count == 12) {
            return new LunarYearLayout(solarYear, month11, 12, -1);
        }
        if (count != 13) {
            throw new IllegalStateException("Số tháng âm lịch bất thường (" + count + ") sau đông chí năm "
                    + solarYear);
        }
        for (int offset = 1; offset < 13; offset++) {
            if (!holdsPrincipalTerm(month11 + offset)) {
                return new LunarYearLayout(solarYear, month11, 13, offset);
            }
        }
        throw new IllegalStateException("Không xác định được tháng nhuận sau đông chí năm " + solarYear);
    }

    /** True when the solar longitude crosses a multiple of 30° during the month (local dates). */
    private boolean holdsPrincipalTerm(long k) {
        int termAtStart = (int) Math.floor(longitudeAtLocalMidnight(monthStart(k)) / 30.0);
        int termAtEnd = (int) Math.floor(longitudeAtLocalMidnight(monthStart(k + 1)) / 30.0);
        return termAtStart != termAtEnd;
    }

    /** Local day on which the apparent solar longitude reaches 270°. */
    private LocalDate decemberSolsticeDay(int year) {
        // The solstice always falls between 20 and 23 December; the wider window costs nothing.
        LocalDate day = LocalDate.of(year, 12, 15);
        while (longitudeAtLocalMidnight(day.plusDays(1)) < 270.0) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Meeus k of the month holding {@code date}: its new moon falls on or before the date, the next after. */
    private long monthContaining(LocalDate date) {
        double julianDay = julianDayNumber(date);
        long k = (long) Math.floor((julianDay - NewMoon.EPOCH_JDE) / NewMoon.SYNODIC_MONTH);
        while (!monthStart(k + 1).isAfter(date)) {
            k++;
        }
        while (monthStart(k).isAfter(date)) {
            k--;
        }
        return k;
    }

    /** Local civil date of new moon k (about 2,500 of them in the supported range, so cached). */
    private LocalDate monthStart(long k) {
        return monthStarts.computeIfAbsent(k, this::computeMonthStart);
    }

    private LocalDate computeMonthStart(long k) {
        double localJulianDay = NewMoon.julianDayUt(k) + utcOffsetHours / 24.0;
        // A Julian Day starts at noon, so the civil day number is floor(JD + 0.5).
        long julianDayNumber = (long) Math.floor(localJulianDay + 0.5);
        return LocalDate.ofEpochDay(julianDayNumber - JDN_OF_EPOCH_DAY_ZERO);
    }

    /** Apparent solar longitude at 00:00 local time on {@code date}. */
    private double longitudeAtLocalMidnight(LocalDate date) {
        double julianDayUt = julianDayNumber(date) - 0.5 - utcOffsetHours / 24.0;
        return SolarLongitude.apparentDegreesAtUt(julianDayUt);
    }

    private static long julianDayNumber(LocalDate date) {
        return date.toEpochDay() + JDN_OF_EPOCH_DAY_ZERO;
    }

    private static IllegalArgumentException outOfRange(String what) {
        return new IllegalArgumentException(what + " nằm ngoài phạm vi hỗ trợ của lịch âm (năm "
                + FIRST_SUPPORTED_YEAR + "–" + LAST_SUPPORTED_YEAR + ")");
    }
}
