package vn.motcua.calendar.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.calendar.deadline.DeadlineCalculatorTest.CALCULATOR;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelinessTest {

    private static final ZonedDateTime APPOINTMENT = ZonedDateTime.parse("2025-02-03T17:00+07:00");

    @ParameterizedTest(name = "finished {0} → {1}")
    @CsvSource({
            "2025-01-24T16:30:00+07:00, EARLY",
            "2025-02-03T07:45:00+07:00, ON_TIME",
            "2025-02-03T17:00:00+07:00, ON_TIME",
            "2025-02-03T17:00:01+07:00, LATE",
            "2025-02-04T08:00:00+07:00, LATE",
            // 23:30 UTC on 2/2 is already 06:30 on 3/2 in Vietnam: same day as the appointment, not early.
            "2025-02-02T23:30:00Z, ON_TIME",
            // 16:59 UTC on 2/2 is 23:59 on 2/2 in Vietnam: the day before, so early.
            "2025-02-02T16:59:00Z, EARLY"})
    void classifiesAgainstTheAppointmentDay(ZonedDateTime finished, Timeliness expected) {
        assertEquals(expected, CALCULATOR.classify(finished.toInstant(), APPOINTMENT));
    }

    @Test
    void labelsAreVietnameseAnd766CountsEarlyAsOnTime() {
        assertEquals("Trước hạn", Timeliness.EARLY.label());
        assertEquals("Đúng hạn", Timeliness.ON_TIME.label());
        assertEquals("Quá hạn", Timeliness.LATE.label());
        assertEquals(true, Timeliness.EARLY.countsAsOnTime());
        assertEquals(false, Timeliness.LATE.countsAsOnTime());
    }

    @Test
    void anAppointmentGivenInAnotherZoneIsComparedInVietnameseDays() {
        // The same appointment expressed in UTC (10:00Z = 17:00 in Hà Nội).
        ZonedDateTime inUtc = ZonedDateTime.parse("2025-02-03T10:00Z");
        assertEquals(Timeliness.ON_TIME, CALCULATOR.classify(Instant.parse("2025-02-03T01:00:00Z"), inUtc));
        assertEquals(Timeliness.EARLY, CALCULATOR.classify(Instant.parse("2025-02-02T01:00:00Z"), inUtc));
    }
}
