package vn.motcua.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseDatesTest {

    private final VietnameseDates dates = new VietnameseDates();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-01-05, ngày 05 tháng 01 năm 2026",
            "2026-02-28, ngày 28 tháng 02 năm 2026",
            "2026-03-09, ngày 09 tháng 3 năm 2026",
            "2026-11-26, ngày 26 tháng 11 năm 2026",
            "2026-12-10, ngày 10 tháng 12 năm 2026"})
    void padsDaysBelowTenAndTheFirstTwoMonthsOnly(LocalDate date, String expected) {
        assertThat(dates.date(date)).isEqualTo(expected);
    }

    @Test
    void showsAMomentInVietnamWhateverZoneItCameIn() {
        // 17:05 UTC on 25/11 is already 00:05 on 26/11 in Vietnam.
        ZonedDateTime utc = ZonedDateTime.parse("2026-11-25T17:05:00Z");

        assertThat(dates.dateTime(utc)).isEqualTo("00 giờ 05 phút, ngày 26 tháng 11 năm 2026");
        assertThat(dates.dateOf(utc)).isEqualTo("ngày 26 tháng 11 năm 2026");
        assertThat(dates.shortDateOf(utc)).isEqualTo("26/11/2026");
        assertThat(dates.clock(utc)).isEqualTo("00 giờ 05 phút");
    }

    @Test
    void writesThePlaceAndDateLine() {
        assertThat(dates.placeAndDate("Sơn Trung", LocalDate.of(2026, 2, 3)))
                .isEqualTo("Sơn Trung, ngày 03 tháng 02 năm 2026");
    }

    @Test
    void leavesAnUnknownMomentBlank() {
        assertThat(dates.dateTime(null)).isEmpty();
        assertThat(dates.shortDateOf(null)).isEmpty();
        assertThat(dates.clock(null)).isEmpty();
        assertThat(dates.date(null)).isEmpty();
    }
}
