package vn.motcua.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    private static final VietnameseLunarCalendar VIETNAM = new VietnameseLunarCalendar();
    private static final VietnameseLunarCalendar CHINA = new VietnameseLunarCalendar(8.0);
    private static final Map<Integer, VietnameseLunarCalendar> BY_OFFSET = Map.of(7, VIETNAM, 8, CHINA);

    @ParameterizedTest(name = "[{index}] UTC+{0}: {1} = {4}/{3}/{2} leap={5} ({6})")
    @CsvFileSource(resources = "/calendar/lunar-known-dates.csv")
    void convertsKnownDatesBothWays(int utcOffset, LocalDate solar, int year, int month, int day, boolean leap,
                                    String source) {
        VietnameseLunarCalendar calendar = BY_OFFSET.get(utcOffset);
        LunarDate expected = new LunarDate(year, month, day, leap);

        assertEquals(expected, calendar.toLunar(solar), source);
        assertEquals(solar, calendar.toSolar(expected), source);
    }

    @Test
    void everyDayOf1900To2100RoundTripsAndMonthsFollowEachOther() {
        LocalDate last = LocalDate.of(2100, 12, 31);
        LunarDate previous = null;
        for (LocalDate d = LocalDate.of(1900, 1, 1); !d.isAfter(last); d = d.plusDays(1)) {
            LunarDate lunar = VIETNAM.toLunar(d);
            if (!d.equals(VIETNAM.toSolar(lunar))) {
                fail(d + " → " + lunar + " → " + VIETNAM.toSolar(lunar));
            }
            if (previous != null && !follows(previous, lunar)) {
                fail(d + ": " + lunar + (lunar.leapMonth() ? " nhuận" : "") + " cannot follow " + previous
                        + (previous.leapMonth() ? " nhuận" : ""));
            }
            previous = lunar;
        }
    }

    /** The next day of the lunar calendar: same month, or day 1 of the leap copy or of the next month. */
    private static boolean follows(LunarDate before, LunarDate after) {
        if (after.day() != 1) {
            return after.year() == before.year() && after.month() == before.month()
                    && after.leapMonth() == before.leapMonth() && after.day() == before.day() + 1;
        }
        if (before.day() != 29 && before.day() != 30) {
            return false;
        }
        if (after.leapMonth()) {
            return !before.leapMonth() && after.month() == before.month() && after.year() == before.year();
        }
        int expectedYear = after.month() == 1 ? before.year() + 1 : before.year();
        return after.month() == before.month() % 12 + 1 && after.year() == expectedYear;
    }

    @Test
    void vietnamAndChinaDifferWhenTheNewMoonFallsBetweenTheirMidnights() {
        // 1985: the Vietnamese Tết came a whole month before the Chinese one.
        assertEquals(LocalDate.of(1985, 1, 21), VIETNAM.lunarNewYear(1985));
        assertEquals(LocalDate.of(1985, 2, 20), CHINA.lunarNewYear(1985));
        assertEquals(LunarDate.of(1985, 1, 1), VIETNAM.toLunar(LocalDate.of(1985, 1, 21)));
        assertEquals(LunarDate.of(1984, 12, 1), CHINA.toLunar(LocalDate.of(1985, 1, 21)));
    }

    @ParameterizedTest
    @CsvSource({"1899-12-31", "2101-01-01", "1800-06-01"})
    void rejectsDatesOutsideTheSupportedRange(LocalDate date) {
        assertThatThrownBy(() -> VIETNAM.toLunar(date))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1900–2100")
                .hasMessageContaining(date.toString());
    }

    @Test
    void acceptsTheFirstAndLastSupportedDays() {
        // Mùng 1 Tết 1900 was 31/01/1900, so 1 January 1900 lies in month 12 of lunar 1899.
        assertThat(VIETNAM.toLunar(LocalDate.of(1900, 1, 1))).extracting(LunarDate::year, LunarDate::month)
                .containsExactly(1899, 12);
        assertThat(VIETNAM.toLunar(LocalDate.of(2100, 12, 31)).year()).isEqualTo(2100);
    }

    @Test
    void rejectsLunarDatesOutsideTheRange() {
        assertThatThrownBy(() -> VIETNAM.toSolar(LunarDate.of(1850, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1900–2100");
        // Month 12 of lunar 2100 begins on 31/12/2100, so its second day is already in 2101.
        assertEquals(LocalDate.of(2100, 12, 31), VIETNAM.toSolar(LunarDate.of(2100, 12, 1)));
        assertThatThrownBy(() -> VIETNAM.toSolar(LunarDate.of(2100, 12, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1900–2100");
    }

    @Test
    void rejectsALeapMonthThatTheYearDoesNotHave() {
        // 2024 (Giáp Thìn) has no leap month; 2023 had leap month 2.
        assertThatThrownBy(() -> VIETNAM.toSolar(LunarDate.ofLeapMonth(2024, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Năm âm lịch 2024 không có tháng 2 nhuận");
        assertThatThrownBy(() -> VIETNAM.toSolar(LunarDate.ofLeapMonth(2023, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsDayThirtyOfAShortMonth() {
        // Thông báo 6150/TB-BLĐTBXH: 28/01/2025 was 29 tháng Chạp and 29/01/2025 mùng 1, so Chạp had 29 days.
        assertEquals(29, VIETNAM.lengthOfMonthContaining(LocalDate.of(2025, 1, 28)));
        assertThatThrownBy(() -> VIETNAM.toSolar(LunarDate.of(2024, 12, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chỉ có 29 ngày");
    }

    @Test
    void rejectsImpossibleOffsets() {
        assertThatThrownBy(() -> new VietnameseLunarCalendar(15.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VietnameseLunarCalendar(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
