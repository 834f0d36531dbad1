package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every date of 2021–2026 against the notices, written out here by hand from the notices' wording
 * (not from the YAML): the weekdays off and the Saturdays worked. Everything else follows the
 * Monday–Friday week.
 */
class OfficialYearsTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard(OfficialSchedule.bundled());

    static Stream<Arguments> notices() {
        return Stream.of(
                Arguments.of(2021,
                        // 1/1 Fri; Tết Wed 10/02 – Sun 14/02 + nghỉ bù Mon 15, Tue 16/02 (TB 4875/TB-LĐTBXH);
                        // Giỗ Tổ Wed 21/4; Fri 30/4, Sat 1/5 → nghỉ bù Mon 3/5; Thu 2/9 + Fri 3/9.
                        "01-01 02-10 02-11 02-12 02-15 02-16 04-21 04-30 05-03 09-02 09-03",
                        "",
                        250),
                Arguments.of(2022,
                        // 1/1 Sat → nghỉ bù Mon 3/1; Tết Mon 31/01 – Fri 04/02 (CV 245/VPCP-KGVX);
                        // Giỗ Tổ Sun 10/4 → Mon 11/4; Sat 30/4, Sun 1/5 → Mon 2/5, Tue 3/5; Thu 1/9 + Fri 2/9.
                        "01-03 01-31 02-01 02-02 02-03 02-04 04-11 05-02 05-03 09-01 09-02",
                        "",
                        249),
                Arguments.of(2023,
                        // 1/1 Sun → Mon 2/1; Tết Fri 20/01 – Tue 24/01 + nghỉ bù Wed 25, Thu 26/01 (TB 5034/TB-LĐTBXH);
                        // Giỗ Tổ Sat 29/4, 30/4 Sun → Tue 2/5, Wed 3/5; Mon 1/5; Fri 1/9, Sat 2/9 → Mon 4/9.
                        "01-02 01-20 01-23 01-24 01-25 01-26 05-01 05-02 05-03 09-01 09-04",
                        "",
                        249),
                Arguments.of(2024,
                        // 1/1 Mon; Tết Thu 08/02 – Wed 14/02 (TB 5015/TB-LĐTBXH); Giỗ Tổ Thu 18/4;
                        // Sat 27/4 – Wed 1/5 with Mon 29/4 swapped (CV 2450/VPCP-KGVX); Sat 31/8 – Tue 3/9.
                        "01-01 02-08 02-09 02-12 02-13 02-14 04-18 04-29 04-30 05-01 09-02 09-03",
                        "05-04",
                        251),
                Arguments.of(2025,
                        // 1/1 Wed; Tết Sat 25/01 – Sun 02/02, "05 ngày nghỉ tết và 04 ngày nghỉ hằng tuần"
                        // (TB 6150/TB-BLĐTBXH); Giỗ Tổ Mon 7/4; Wed 30/4 – Sun 4/5 with Fri 2/5 swapped
                        // for Sat 26/4; Sat 30/8 – Tue 2/9.
                        "01-01 01-27 01-28 01-29 01-30 01-31 04-07 04-30 05-01 05-02 09-01 09-02",
                        "04-26",
                        250),
                Arguments.of(2026,
                        // Thu 1/1 – Sun 4/1 with Fri 2/1 swapped for Sat 10/1 (CV 12729/VPCP-KGVX);
                        // Tết Mon 16/02 – Fri 20/02 (TB 9441/TB-BNV); Giỗ Tổ Sun 26/4 → nghỉ bù Mon 27/4;
                        // Thu 30/4, Fri 1/5; Sat 29/8 – Wed 2/9 with Mon 31/8 swapped for Sat 22/8.
                        "01-01 01-02 02-16 02-17 02-18 02-19 02-20 04-27 04-30 05-01 08-31 09-01 09-02",
                        "01-10 08-22",
                        250));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notices")
    void everyDateOfTheYearMatchesTheNotices(int year, String weekdaysOff, String weekendsWorked,
                                             int expectedWorkingDays) {
        Set<LocalDate> off = dates(year, weekdaysOff);
        Set<LocalDate> worked = dates(year, weekendsWorked);
        List<String> mismatches = new ArrayList<>();
        int workingDays = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean expected = weekend ? worked.contains(d) : !off.contains(d);
            if (CALENDAR.isWorkingDay(d) != expected) {
                mismatches.add(d + " " + d.getDayOfWeek() + " expected " + (expected ? "working" : "off"));
            }
            if (CALENDAR.day(d).working() != expected) {
                mismatches.add(d + " day().working() disagrees");
            }
            workingDays += expected ? 1 : 0;
        }
        assertThat(mismatches).isEmpty();
        // The lists above must themselves be consistent with the hand count of working days.
        assertEquals(expectedWorkingDays, workingDays);
        assertTrue(CALENDAR.isOfficialYear(year));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "2024-02-10, Tết Nguyên đán, 5015/TB-LĐTBXH",
            "2024-05-04, Làm bù, 2450/VPCP-KGVX",
            "2025-01-29, Tết Nguyên đán, 6150/TB-BLĐTBXH",
            "2025-04-07, Giỗ Tổ Hùng Vương, 45/2019/QH14",
            "2026-01-02, Nghỉ hoán đổi, 12729/VPCP-KGVX",
            "2026-04-27, Nghỉ bù Giỗ Tổ, 45/2019/QH14",
            "2026-08-22, Làm bù, 9441/TB-BNV",
            "2026-08-31, Nghỉ hoán đổi, 9441/TB-BNV"})
    void namedDaysCarryTheirNameAndDocument(LocalDate date, String namePart, String documentNumber) {
        CalendarDay day = CALENDAR.day(date);
        assertThat(day.name()).contains(namePart);
        assertThat(day.source()).contains(documentNumber);
        assertFalse(day.estimated(), "an announced year is never estimated");
    }

    @Test
    void ordinaryDaysHaveNoNameOrSourceButALunarDate() {
        CalendarDay saturday = CALENDAR.day(LocalDate.of(2026, 2, 14));
        assertFalse(saturday.working());
        assertThat(saturday.name()).isNull();
        assertThat(saturday.source()).isNull();
        assertFalse(saturday.estimated());
        // 14/2/2026 = 27 tháng Chạp Ất Tỵ (Tết 2026 schedule).
        assertEquals("2025-12-27", saturday.lunarDate().toString());
    }

    @Test
    void theSwapWeekendOfAugust2026() {
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2026, 8, 22)), "Saturday 22/8 is worked");
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 8, 23)), "Sunday 23/8 stays off");
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 8, 31)), "Monday 31/8 is off");
        assertEquals(LocalDate.of(2026, 9, 3), CALENDAR.nextWorkingDay(LocalDate.of(2026, 8, 28)));
    }

    private static Set<LocalDate> dates(int year, String monthDays) {
        return Stream.of(monthDays.split(" ")).filter(s -> !s.isBlank())
                .map(md -> LocalDate.parse(year + "-" + md)).collect(Collectors.toSet());
    }
}
