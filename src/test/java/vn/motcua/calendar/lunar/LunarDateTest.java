package vn.motcua.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarDateTest {

    @Test
    void printsAsYearMonthDay() {
        assertEquals("2023-02-02", LunarDate.ofLeapMonth(2023, 2, 2).toString());
        assertEquals("0999-11-30", LunarDate.of(999, 11, 30).toString());
    }

    @Test
    void printsVietnameseTextWithTheLeapMonth() {
        assertEquals("ngày 2 tháng 2 nhuận năm Quý Mão (2023)", LunarDate.ofLeapMonth(2023, 2, 2).toVietnameseText());
    }

    @ParameterizedTest
    @CsvSource({
            "1968, Mậu Thân",   // the Tết Mậu Thân of 1968
            "1975, Ất Mão",
            "2000, Canh Thìn",
            "2023, Quý Mão",
            "2024, Giáp Thìn",
            "2025, Ất Tỵ",
            "2026, Bính Ngọ"})
    void namesTheYearInTheSexagenaryCycle(int year, String name) {
        assertEquals(name, LunarDate.of(year, 1, 1).yearName());
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "13, 1", "1, 0", "1, 31"})
    void rejectsImpossibleMonthsAndDays(int month, int day) {
        assertThatThrownBy(() -> LunarDate.of(2024, month, day)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("không hợp lệ");
    }
}
