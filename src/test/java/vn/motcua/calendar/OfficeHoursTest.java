package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.calendar.OfficeHours.Season;
import vn.motcua.calendar.OfficeHours.Session;

class OfficeHoursTest {

    private static final OfficeHours STANDARD = OfficeHours.standard();

    /** A northern commune: summer hours 15/4–14/10, winter (default) hours the rest of the year. */
    private static final OfficeHours NORTHERN = new OfficeHours(
            List.of(Session.of("07:30", "11:30"), Session.of("13:00", "17:00")),
            List.of(new Season(MonthDay.of(4, 15), MonthDay.of(10, 14),
                    List.of(Session.of("07:00", "11:00"), Session.of("13:30", "17:30")))));

    @ParameterizedTest(name = "{0} open: {1}")
    @CsvSource({
            "07:29:59, false", "07:30, true", "11:29:59, true", "11:30, false", "12:15, false",
            "13:00, true", "16:59:59, true", "17:00, false", "22:00, false"})
    void standardSessionsAreHalfOpen(LocalTime time, boolean open) {
        assertEquals(open, STANDARD.isWithin(LocalDate.of(2025, 3, 12).atTime(time)));
    }

    @Test
    void standardDayIsEightHours() {
        assertEquals(Duration.ofHours(8), STANDARD.workingTimePerDay());
        assertEquals(LocalTime.of(7, 30), STANDARD.start(LocalDate.of(2025, 3, 12)));
        assertEquals(LocalTime.of(17, 0), STANDARD.end(LocalDate.of(2025, 3, 12)));
    }

    @ParameterizedTest(name = "{0}: {1}–{2}")
    @CsvSource({
            "2025-04-14, 07:30, 17:00",  // last winter day
            "2025-04-15, 07:00, 17:30",  // first summer day
            "2025-10-14, 07:00, 17:30",
            "2025-10-15, 07:30, 17:00",
            "2025-01-15, 07:30, 17:00"})
    void seasonsSwitchOnTheirBoundaryDates(LocalDate date, LocalTime opens, LocalTime closes) {
        assertEquals(opens, NORTHERN.start(date));
        assertEquals(closes, NORTHERN.end(date));
    }

    @Test
    void summerLunchBreakIsOutsideOfficeHours() {
        LocalDate summer = LocalDate.of(2025, 6, 11);
        assertEquals(false, NORTHERN.isWithin(LocalDateTime.of(summer, LocalTime.of(13, 15))));
        assertEquals(true, NORTHERN.isWithin(LocalDateTime.of(summer, LocalTime.of(17, 15))));
        assertEquals(Duration.ofHours(8), NORTHERN.workingTimePerDay());
    }

    @Test
    void seasonsMayWrapOverNewYear() {
        Season winter = new Season(MonthDay.of(10, 15), MonthDay.of(4, 14), STANDARD.defaultSessions());
        assertEquals(true, winter.contains(MonthDay.of(1, 1)));
        assertEquals(true, winter.contains(MonthDay.of(12, 31)));
        assertEquals(true, winter.contains(MonthDay.of(4, 14)));
        assertEquals(false, winter.contains(MonthDay.of(4, 15)));
        assertEquals(false, winter.contains(MonthDay.of(10, 14)));
    }

    @Test
    void workingTimeWithinClipsToSessions() {
        LocalDate day = LocalDate.of(2025, 3, 12);
        assertEquals(Duration.ofMinutes(150), STANDARD.workingTimeWithin(day, LocalTime.of(10, 30), LocalTime.of(14, 30)));
        assertEquals(Duration.ofHours(8), STANDARD.workingTimeWithin(day, LocalTime.MIN, LocalTime.MAX));
        assertEquals(Duration.ZERO, STANDARD.workingTimeWithin(day, LocalTime.of(11, 30), LocalTime.of(13, 0)));
    }

    @Test
    void rejectsSchedulesThatCannotBeUsed() {
        assertThatThrownBy(() -> Session.of("11:30", "07:30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfficeHours(List.of(Session.of("07:30", "12:00"), Session.of("11:30", "17:00"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chồng lên nhau");
        assertThatThrownBy(() -> new OfficeHours(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        // A 7-hour summer day would break the "1 working day = 8 hours" conversion.
        assertThatThrownBy(() -> new OfficeHours(STANDARD.defaultSessions(), List.of(new Season(MonthDay.of(5, 1),
                MonthDay.of(9, 30), List.of(Session.of("07:00", "11:00"), Session.of("14:00", "17:00"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phút/ngày");
        assertThatThrownBy(() -> new OfficeHours(STANDARD.defaultSessions(), List.of(
                new Season(MonthDay.of(4, 1), MonthDay.of(6, 30), STANDARD.defaultSessions()),
                new Season(MonthDay.of(6, 1), MonthDay.of(9, 30), STANDARD.defaultSessions()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1/6");
    }
}
