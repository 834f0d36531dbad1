package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard(OfficialSchedule.bundled());

    @ParameterizedTest(name = "next working day after {0} is {1}")
    @CsvSource({
            "2025-01-24, 2025-02-03",  // across Tết 2025 (25/01 – 02/02)
            "2025-04-25, 2025-04-26",  // Saturday 26/4/2025 is a make-up working day
            "2025-04-29, 2025-05-05",  // 30/4, 1/5, swapped 2/5, weekend
            "2026-08-21, 2026-08-22",  // Saturday 22/8/2026 is worked
            "2026-08-28, 2026-09-03",  // 29/8 – 2/9/2026 off
            "2025-12-31, 2026-01-05"}) // 1/1/2026, swapped 2/1, weekend
    void nextWorkingDay(LocalDate from, LocalDate expected) {
        assertEquals(expected, CALENDAR.nextWorkingDay(from));
        // Every start date above is itself a working day, so stepping back lands on it again.
        assertEquals(from, CALENDAR.previousWorkingDay(expected));
    }

    @Test
    void previousWorkingDayCrossesTet() {
        assertEquals(LocalDate.of(2025, 1, 24), CALENDAR.previousWorkingDay(LocalDate.of(2025, 2, 3)));
        assertEquals(LocalDate.of(2024, 2, 7), CALENDAR.previousWorkingDay(LocalDate.of(2024, 2, 15)));
    }

    @Test
    void plusWorkingDaysDoesNotCountTheStartDay() {
        LocalDate friday = LocalDate.of(2025, 1, 24);
        assertEquals(friday, CALENDAR.plusWorkingDays(friday, 0));
        assertEquals(LocalDate.of(2025, 2, 3), CALENDAR.plusWorkingDays(friday, 1));
        assertEquals(LocalDate.of(2025, 2, 7), CALENDAR.plusWorkingDays(friday, 5));
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(friday, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenCountsTheEndButNotTheStart() {
        assertEquals(5, CALENDAR.workingDaysBetween(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 7)));
        assertEquals(0, CALENDAR.workingDaysBetween(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 2)));
        assertEquals(0, CALENDAR.workingDaysBetween(LocalDate.of(2025, 2, 7), LocalDate.of(2025, 1, 24)));
    }

    @Test
    void workingDayOnOrAfterKeepsAWorkingDay() {
        assertEquals(LocalDate.of(2025, 3, 12), CALENDAR.workingDayOnOrAfter(LocalDate.of(2025, 3, 12)));
        assertEquals(LocalDate.of(2025, 4, 8), CALENDAR.workingDayOnOrAfter(LocalDate.of(2025, 4, 5)));
    }

    @Test
    void daysListsEveryDateWithItsLunarDate() {
        var days = CALENDAR.days(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 15));
        assertThat(days).hasSize(8);
        // TB 5015/TB-LĐTBXH: 08/02/2024 = 29 tháng Chạp; 15/02/2024 = mùng 6 Tết, back to work.
        assertEquals("2023-12-29", days.get(0).lunarDate().toString());
        assertThat(days.subList(0, 7)).noneMatch(CalendarDay::working);
        assertThat(days.get(7).working()).isTrue();
    }
}
