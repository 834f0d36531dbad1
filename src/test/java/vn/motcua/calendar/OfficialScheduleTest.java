package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class OfficialScheduleTest {

    private static final String HEADER = "decisions:\n";

    @Test
    void bundledFileCoversTheAnnouncedYearsOnly() {
        OfficialSchedule schedule = OfficialSchedule.bundled();
        assertThat(schedule.coveredYears()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
        assertFalse(schedule.covers(2020));
        assertFalse(schedule.covers(2027));
    }

    @Test
    void severalDecisionsForOneYearAreMerged() {
        OfficialSchedule schedule = OfficialSchedule.bundled();
        assertThat(schedule.find(LocalDate.of(2026, 1, 2))).get()
                .extracting(SpecialDay::source).asString().contains("12729/VPCP-KGVX");
        assertThat(schedule.find(LocalDate.of(2026, 2, 17))).get()
                .extracting(SpecialDay::source).asString().contains("9441/TB-BNV");
        assertThat(schedule.find(LocalDate.of(2026, 5, 1))).get()
                .extracting(SpecialDay::kind).isEqualTo(DayKind.HOLIDAY);
        assertThat(schedule.days(2026)).hasSize(16).isSortedAccordingTo(Comparator.comparing(SpecialDay::date));
    }

    @Test
    void appendingADecisionNeedsNoCodeChange() {
        OfficialSchedule schedule = load(HEADER + """
                  - year: 2027
                    source: "Thông báo 1/TB-BNV (ví dụ)"
                    days:
                      - { date: 2027-01-01, kind: HOLIDAY, name: "Tết Dương lịch" }
                      - { date: 2027-02-05, kind: SWAPPED_OFF, name: "Nghỉ hoán đổi" }
                      - { date: 2027-02-13, kind: MAKEUP_WORKDAY, name: "Làm bù" }
                """);
        WorkingCalendar calendar = WorkingCalendar.standard(schedule);

        assertTrue(calendar.isOfficialYear(2027));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 2, 5)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 13)));
        // Once a year is official, the estimate is gone: 8/2/2027 (mùng 3 Tết) is now a plain Monday.
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 8)));
        assertFalse(calendar.day(LocalDate.of(2027, 2, 5)).estimated());
    }

    @Test
    void rejectsAnUnknownKind() {
        assertRejected(HEADER + """
                  - year: 2026
                    source: "Thông báo 9441/TB-BNV"
                    days:
                      - { date: 2026-01-01, kind: HOLIDAYS, name: "Tết Dương lịch" }
                """).hasMessageContaining("HOLIDAYS").hasMessageContaining("2026-01-01")
                .hasMessageContaining("MAKEUP_WORKDAY");
    }

    @Test
    void rejectsAMissingSource() {
        assertRejected(HEADER + """
                  - year: 2026
                    days:
                      - { date: 2026-01-01, kind: HOLIDAY, name: "Tết Dương lịch" }
                """).hasMessageContaining("năm 2026").hasMessageContaining("source");
    }

    @Test
    void rejectsABlankSource() {
        assertRejected(HEADER + """
                  - year: 2026
                    source: "  "
                    days:
                      - { date: 2026-01-01, kind: HOLIDAY, name: "Tết Dương lịch" }
                """).hasMessageContaining("source");
    }

    @Test
    void rejectsTheSameDateInTwoDecisions() {
        assertRejected(HEADER + """
                  - year: 2026
                    source: "Văn bản A 1/A"
                    days:
                      - { date: 2026-09-01, kind: HOLIDAY, name: "Quốc khánh" }
                  - year: 2026
                    source: "Văn bản B 2/B"
                    days:
                      - { date: 2026-09-01, kind: SWAPPED_OFF, name: "Nghỉ hoán đổi" }
                """).hasMessageContaining("2026-09-01").hasMessageContaining("Văn bản A 1/A")
                .hasMessageContaining("Văn bản B 2/B");
    }

    @Test
    void rejectsAMakeUpWorkdayOnAWeekday() {
        assertRejected(HEADER + """
                  - year: 2026
                    source: "Thông báo 9441/TB-BNV"
                    days:
                      - { date: 2026-08-24, kind: MAKEUP_WORKDAY, name: "Làm bù" }
                """).hasMessageContaining("2026-08-24").hasMessageContaining("MAKEUP_WORKDAY");
    }

    @Test
    void rejectsASwappedDayOnAWeekend() {
        assertRejected(HEADER + """
                  - year: 2026
                    source: "Thông báo 9441/TB-BNV"
                    days:
                      - { date: 2026-08-22, kind: SWAPPED_OFF, name: "Nghỉ hoán đổi" }
                """).hasMessageContaining("2026-08-22");
    }

    @Test
    void rejectsADateOutsideTheDecisionsYear() {
        assertRejected(HEADER + """
                  - year: 2026
                    source: "Thông báo 9441/TB-BNV"
                    days:
                      - { date: 2025-12-31, kind: HOLIDAY, name: "Sai năm" }
                """).hasMessageContaining("2025-12-31").hasMessageContaining("2026");
    }

    @Test
    void rejectsAnImpossibleDate() {
        assertRejected(HEADER + """
                  - year: 2026
                    source: "Thông báo 9441/TB-BNV"
                    days:
                      - { date: 2026-02-30, kind: HOLIDAY, name: "Không có ngày này" }
                """).hasMessageContaining("2026-02-30");
    }

    @Test
    void rejectsAMissingName() {
        assertRejected(HEADER + """
                  - year: 2026
                    source: "Thông báo 9441/TB-BNV"
                    days:
                      - { date: 2026-02-17, kind: HOLIDAY }
                """).hasMessageContaining("name");
    }

    @Test
    void rejectsMisspelledKeys() {
        assertRejected(HEADER + """
                  - year: 2026
                    sources: "Thông báo 9441/TB-BNV"
                    days:
                      - { date: 2026-02-17, kind: HOLIDAY, name: "Tết" }
                """).hasMessageContaining("sources");
    }

    @Test
    void rejectsAFileWithoutDecisions() {
        assertRejected("holidays: []\n").hasMessageContaining("decisions");
        assertRejected("decisions: [ {year: 2026, source: \"x 1/x\", days: [ {date: 2026-01-01\n")
                .hasMessageContaining("YAML");
    }

    @Test
    void emptyScheduleCoversNothing() {
        assertThat(OfficialSchedule.empty().coveredYears()).isEmpty();
        assertEquals(0, OfficialSchedule.empty().days(2026).size());
    }

    private static OfficialSchedule load(String yaml) {
        return OfficialSchedule.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(String yaml) {
        return assertThatThrownBy(() -> load(yaml)).isInstanceOf(IllegalArgumentException.class);
    }
}
