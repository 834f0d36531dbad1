package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.motcua.calendar.lunar.LunarDate;
import vn.motcua.calendar.lunar.VietnameseLunarCalendar;

/**
 * Estimates a year's days off from the Labour Code alone, for years the government has not yet
 * announced. The Prime Minister picks the actual Tết and Quốc khánh days every year (Art. 112 k.3),
 * so these dates are a best guess that the official data replaces as soon as it exists.
 *
 * <ul>
 *   <li>Art. 112 k.1: 1/1; Tết Âm lịch 5 days, estimated as the last day of the old lunar year plus
 *       mùng 1–4; Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 1/5; 2/9 plus one adjacent day.</li>
 *   <li>The adjacent Quốc khánh day is 1/9 when 1/9 is a Saturday, Sunday or Monday (it then touches
 *       the weekend, or sits in it and earns a compensatory day next to the break) and 3/9 otherwise.</li>
 *   <li>Art. 111 k.3: a holiday on a weekly rest day gives a compensatory day on the next working day
 *       that is neither a rest day nor another holiday or compensatory day.</li>
 * </ul>
 */
public final class StatutoryHolidays {

    static final String HOLIDAY_SOURCE =
            "Bộ luật Lao động 2019, Điều 112 (ước tính, chưa có thông báo chính thức)";
    static final String COMPENSATORY_SOURCE =
            "Bộ luật Lao động 2019, khoản 3 Điều 111 (ước tính, chưa có thông báo chính thức)";

    private static final Set<DayOfWeek> FIRST_OF_SEPTEMBER_TOUCHES_WEEKEND =
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);

    private final VietnameseLunarCalendar lunar;
    private final Set<DayOfWeek> restDays;

    public StatutoryHolidays(VietnameseLunarCalendar lunar, Set<DayOfWeek> restDays) {
        this.lunar = lunar;
        this.restDays = restDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(restDays);
    }

    /** Holidays and compensatory days of {@code year}, in date order. */
    public List<SpecialDay> estimate(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        add(holidays, LocalDate.of(year, 1, 1), "Tết Dương lịch");
        addLunarNewYear(holidays, year);
        add(holidays, lunar.toSolar(LunarDate.of(year, 3, 10)), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        add(holidays, LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
        add(holidays, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        LocalDate firstOfSeptember = nationalDay.minusDays(1);
        LocalDate adjacent = FIRST_OF_SEPTEMBER_TOUCHES_WEEKEND.contains(firstOfSeptember.getDayOfWeek())
                ? firstOfSeptember : nationalDay.plusDays(1);
        add(holidays, nationalDay, "Quốc khánh (2/9)");
        add(holidays, adjacent, "Quốc khánh (ngày liền kề)");

        List<SpecialDay> result = new ArrayList<>();
        holidays.forEach((date, name) -> result.add(new SpecialDay(date, DayKind.HOLIDAY, name, HOLIDAY_SOURCE)));
        Set<LocalDate> taken = new HashSet<>(holidays.keySet());
        holidays.forEach((date, name) -> {
            if (restDays.contains(date.getDayOfWeek())) {
                LocalDate compensatory = date.plusDays(1);
                while (restDays.contains(compensatory.getDayOfWeek()) || taken.contains(compensatory)) {
                    compensatory = compensatory.plusDays(1);
                }
                taken.add(compensatory);
                result.add(new SpecialDay(compensatory, DayKind.COMPENSATORY, "Nghỉ bù " + name,
                        COMPENSATORY_SOURCE));
            }
        });
        result.sort(Comparator.comparing(SpecialDay::date));
        return List.copyOf(result);
    }

    private void addLunarNewYear(Map<LocalDate, String> holidays, int year) {
        LocalDate firstDay = lunar.lunarNewYear(year);
        LocalDate lastDayOfOldYear = firstDay.minusDays(1);
        int lastLunarDay = lunar.toLunar(lastDayOfOldYear).day();
        add(holidays, lastDayOfOldYear, "Tết Nguyên đán (" + lastLunarDay + " tháng Chạp)");
        for (int day = 1; day <= 4; day++) {
            add(holidays, firstDay.plusDays(day - 1L), "Tết Nguyên đán (mùng " + day + " tháng Giêng)");
        }
    }

    /** Two holidays on one date (Giỗ Tổ can fall on 30/4) still give one day off: keep both names. */
    private static void add(Map<LocalDate, String> holidays, LocalDate date, String name) {
        holidays.merge(date, name, (a, b) -> a + "; " + b);
    }
}
