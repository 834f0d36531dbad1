package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.calendar.lunar.VietnameseLunarCalendar;

/**
 * Labour Code estimates for years without an official decision. Where a past year's real schedule
 * had no swap, the estimate must reproduce the days off that were actually announced.
 */
class EstimatedYearsTest {

    private static final WorkingCalendar ESTIMATED = WorkingCalendar.standard(OfficialSchedule.empty());

    @ParameterizedTest(name = "{0}: off {1}, back to work {2}")
    @CsvSource(delimiter = '|', value = {
            // 2023: Giỗ Tổ Sat 29/4 + 30/4 Sun + 1/5 Mon gave the famous 29/4–3/5 break.
            "2023-04-28 | 2023-04-29 2023-04-30 2023-05-01 2023-05-02 2023-05-03 | 2023-05-04",
            // Quốc khánh 2021: Thu 2/9 + Fri 3/9.
            "2021-09-01 | 2021-09-02 2021-09-03 2021-09-04 2021-09-05 | 2021-09-06",
            // Quốc khánh 2024 (TB 5015/TB-LĐTBXH): Sat 31/8 – Tue 3/9.
            "2024-08-30 | 2024-08-31 2024-09-01 2024-09-02 2024-09-03 | 2024-09-04",
            // Quốc khánh 2025 (TB 6150/TB-BLĐTBXH): Sat 30/8 – Tue 2/9.
            "2025-08-29 | 2025-08-30 2025-08-31 2025-09-01 2025-09-02 | 2025-09-03",
            // Giỗ Tổ 2022 on Sunday 10/4 → nghỉ bù Monday 11/4; Giỗ Tổ 2019 Sunday 14/4 → Monday 15/4.
            "2022-04-08 | 2022-04-09 2022-04-10 2022-04-11 | 2022-04-12",
            "2019-04-12 | 2019-04-13 2019-04-14 2019-04-15 | 2019-04-16"})
    void estimateReproducesPastBreaksThatHadNoSwap(LocalDate lastDayBefore, String daysOff, LocalDate backToWork) {
        assertTrue(ESTIMATED.isWorkingDay(lastDayBefore));
        for (LocalDate d : dates(daysOff)) {
            assertFalse(ESTIMATED.isWorkingDay(d), d + " should be off");
        }
        assertTrue(ESTIMATED.isWorkingDay(backToWork));
        assertEquals(backToWork, ESTIMATED.nextWorkingDay(lastDayBefore.plusDays(1)));
    }

    @Test
    void tet2027IsTheLastDayOfTheYearPlusMungOneToFourWithCompensation() {
        // Mùng 1 Tết Đinh Mùi = Saturday 06/02/2027: Fri 5/2 (eve), Sat 6 – Tue 9 (mùng 1–4);
        // Sat 6 and Sun 7 are weekly rest days → nghỉ bù Wed 10 and Thu 11 (Art. 111 k.3).
        assertTrue(ESTIMATED.isWorkingDay(LocalDate.of(2027, 2, 4)));
        for (LocalDate d = LocalDate.of(2027, 2, 5); d.isBefore(LocalDate.of(2027, 2, 12)); d = d.plusDays(1)) {
            assertFalse(ESTIMATED.isWorkingDay(d), d + " should be off");
        }
        assertTrue(ESTIMATED.isWorkingDay(LocalDate.of(2027, 2, 12)));

        CalendarDay mungMot = ESTIMATED.day(LocalDate.of(2027, 2, 6));
        assertThat(mungMot.name()).isEqualTo("Tết Nguyên đán (mùng 1 tháng Giêng)");
        assertThat(mungMot.source()).contains("Điều 112");
        assertTrue(mungMot.estimated());
        CalendarDay compensatory = ESTIMATED.day(LocalDate.of(2027, 2, 10));
        assertThat(compensatory.name()).startsWith("Nghỉ bù Tết Nguyên đán");
        assertThat(compensatory.source()).contains("khoản 3 Điều 111");
        assertTrue(compensatory.estimated());
    }

    @Test
    void labourDay2027OnASaturdayIsCompensatedOnMonday() {
        assertFalse(ESTIMATED.isWorkingDay(LocalDate.of(2027, 5, 3)));
        assertThat(ESTIMATED.day(LocalDate.of(2027, 5, 3)).name()).isEqualTo("Nghỉ bù Ngày Quốc tế Lao động (1/5)");
    }

    @Test
    void newYearOnASaturdayIsCompensatedOnMonday() {
        // 01/01/2028 is a Saturday.
        assertFalse(ESTIMATED.isWorkingDay(LocalDate.of(2028, 1, 3)));
        assertThat(ESTIMATED.day(LocalDate.of(2028, 1, 3)).name()).isEqualTo("Nghỉ bù Tết Dương lịch");
        assertTrue(ESTIMATED.isWorkingDay(LocalDate.of(2028, 1, 4)));
    }

    @ParameterizedTest(name = "2/9/{0} is a {1}: adjacent day {2}")
    @CsvSource({
            "2027, THURSDAY, 2027-09-03",   // 1/9 is Wednesday → 3/9 Friday
            "2028, SATURDAY, 2028-09-03",   // 1/9 is Friday → 3/9 Sunday, compensated Mon 4 and Tue 5
            "2029, SUNDAY,   2029-09-01",   // 1/9 is Saturday → in the weekend, compensated Mon 3 and Tue 4
            "2030, MONDAY,   2030-09-01",   // 1/9 is Sunday → compensated Tuesday 3/9
            "2031, TUESDAY,  2031-09-01",   // 1/9 is Monday → Sat 30/8 – Tue 2/9
            "2032, THURSDAY, 2032-09-03"})
    void quocKhanhAdjacentDayFollowsTheDocumentedRule(int year, DayOfWeek nationalDay, LocalDate adjacent) {
        assertEquals(nationalDay, LocalDate.of(year, 9, 2).getDayOfWeek());
        assertThat(ESTIMATED.day(adjacent).name()).isEqualTo("Quốc khánh (ngày liền kề)");
    }

    @Test
    void quocKhanh2028OnSaturdayGivesTwoCompensatoryDays() {
        assertTrue(ESTIMATED.isWorkingDay(LocalDate.of(2028, 9, 1)));
        assertFalse(ESTIMATED.isWorkingDay(LocalDate.of(2028, 9, 4)));
        assertFalse(ESTIMATED.isWorkingDay(LocalDate.of(2028, 9, 5)));
        assertTrue(ESTIMATED.isWorkingDay(LocalDate.of(2028, 9, 6)));
    }

    @Test
    void onlyConfiguredRestDaysEarnCompensation() {
        WorkingCalendar sundayOnly = new WorkingCalendar(OfficialSchedule.empty(), EnumSet.of(DayOfWeek.SUNDAY),
                new VietnameseLunarCalendar());
        // Tết 2027: Saturday 6/2 is now a working weekday holiday; only Sunday 7/2 earns a nghỉ bù (Wed 10/2).
        assertFalse(sundayOnly.isWorkingDay(LocalDate.of(2027, 2, 6)));
        assertFalse(sundayOnly.isWorkingDay(LocalDate.of(2027, 2, 10)));
        assertTrue(sundayOnly.isWorkingDay(LocalDate.of(2027, 2, 11)));
        assertTrue(sundayOnly.isWorkingDay(LocalDate.of(2027, 3, 6)), "an ordinary Saturday is worked");
        assertEquals(Set.of(DayOfWeek.SUNDAY), sundayOnly.restDays());
    }

    @Test
    void ordinaryDaysOfAnEstimatedYearAreNotFlaggedEstimated() {
        CalendarDay day = ESTIMATED.day(LocalDate.of(2027, 3, 10));
        assertTrue(day.working());
        assertFalse(day.estimated());
        assertThat(day.name()).isNull();
    }

    @Test
    void namedDaysOfAnEstimatedYearListHolidaysAndCompensation() {
        List<CalendarDay> named = ESTIMATED.namedDays(2027);
        // 1/1, five Tết days + 2 nghỉ bù, Giỗ Tổ (Fri 16/4), 30/4, 1/5 (Saturday → nghỉ bù Mon 3/5),
        // 2/9 + 3/9 (Fri): 14 days, all estimated.
        assertThat(named).hasSize(14).allMatch(CalendarDay::estimated).noneMatch(CalendarDay::working);
    }

    @Test
    void aWeekWithoutWorkingDaysIsRejected() {
        assertThatThrownBy(() -> new WorkingCalendar(OfficialSchedule.empty(), EnumSet.allOf(DayOfWeek.class),
                new VietnameseLunarCalendar())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<LocalDate> dates(String text) {
        return Stream.of(text.trim().split("\\s+")).map(LocalDate::parse).collect(Collectors.toList());
    }
}
