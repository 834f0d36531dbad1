package vn.motcua.calendar.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.OfficialSchedule;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Expected appointments worked out by hand from the official 2025–2026 schedules and the
 * 07:30–11:30 / 13:00–17:00 office hours. The JVM runs in UTC (surefire), the zone is passed in.
 */
class DeadlineCalculatorTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(
            WorkingCalendar.standard(OfficialSchedule.bundled()), OfficeHours.standard(), VIETNAM);

    @ParameterizedTest(name = "[{index}] {0} + {2} {1} → {3} ({4})")
    @CsvSource(delimiter = '|', value = {
            // --- WORKING_DAYS: day 1 is the working day after the (normalised) day of receipt
            "2025-01-24T16:00+07:00 | WORKING_DAYS | 1   | 2025-02-03T17:00+07:00 | spec example: Friday before Tết 2025",
            "2025-01-29T09:00+07:00 | WORKING_DAYS | 1   | 2025-02-04T17:00+07:00 | received on mùng 1 Tết → counts from Mon 3/2",
            "2025-01-24T17:00+07:00 | WORKING_DAYS | 1   | 2025-02-04T17:00+07:00 | 17:00 is closed → received Mon 3/2",
            "2025-01-24T16:59:59+07:00 | WORKING_DAYS | 1 | 2025-02-03T17:00+07:00 | last second of office hours",
            "2025-04-25T09:00+07:00 | WORKING_DAYS | 1   | 2025-04-26T17:00+07:00 | Saturday 26/4/2025 is a make-up working day",
            "2025-04-28T09:00+07:00 | WORKING_DAYS | 3   | 2025-05-06T17:00+07:00 | Tue 29/4, then 30/4–4/5 off, Mon 5/5, Tue 6/5",
            "2026-08-21T10:00+07:00 | WORKING_DAYS | 1   | 2026-08-22T17:00+07:00 | swap weekend: Saturday 22/8/2026 is worked",
            "2026-08-22T09:00+07:00 | WORKING_DAYS | 1   | 2026-08-24T17:00+07:00 | received on the worked Saturday",
            "2026-08-28T10:00+07:00 | WORKING_DAYS | 1   | 2026-09-03T17:00+07:00 | 29/8–2/9/2026 off (31/8 swapped)",
            "2026-02-13T10:00+07:00 | WORKING_DAYS | 3   | 2026-02-25T17:00+07:00 | across Tết 2026 (14/2–22/2)",
            // --- fractional working days: n × 8 working hours from the normalised receipt
            "2025-03-12T10:30+07:00 | WORKING_DAYS | 0.5 | 2025-03-12T16:00+07:00 | 4 h: 1 h before lunch, 3 h after",
            "2025-03-12T07:30+07:00 | WORKING_DAYS | 1.5 | 2025-03-13T11:30+07:00 | 12 h: all Wednesday, Thursday morning",
            "2025-03-12T16:00+07:00 | WORKING_DAYS | 0.25 | 2025-03-13T08:30+07:00 | 2 h overnight",
            // --- WORKING_HOURS
            "2025-03-12T10:30+07:00 | WORKING_HOURS | 2 | 2025-03-12T14:00+07:00 | across lunch",
            "2025-03-12T16:00+07:00 | WORKING_HOURS | 3 | 2025-03-13T09:30+07:00 | overnight",
            "2025-03-12T12:15+07:00 | WORKING_HOURS | 1 | 2025-03-12T14:00+07:00 | received during lunch → 13:00",
            "2025-03-12T13:00+07:00 | WORKING_HOURS | 4 | 2025-03-12T17:00+07:00 | ends exactly at closing",
            "2025-03-12T20:00+07:00 | WORKING_HOURS | 2 | 2025-03-13T09:30+07:00 | received in the evening",
            "2025-01-24T16:00+07:00 | WORKING_HOURS | 2 | 2025-02-03T08:30+07:00 | across Tết 2025",
            "2025-03-12T10:00+07:00 | WORKING_HOURS | 0.5 | 2025-03-12T10:30+07:00 | half an hour",
            // --- CALENDAR_DAYS: the day of receipt is not counted; a last day off moves to the next working day
            "2025-03-05T09:00+07:00 | CALENDAR_DAYS | 30 | 2025-04-04T17:00+07:00 | ends on a Friday",
            "2025-03-03T09:00+07:00 | CALENDAR_DAYS | 5  | 2025-03-10T17:00+07:00 | day 5 is Saturday 8/3 → Monday",
            "2025-03-07T09:00+07:00 | CALENDAR_DAYS | 30 | 2025-04-08T17:00+07:00 | day 30 is Sunday 6/4, Monday 7/4 is Giỗ Tổ",
            "2025-03-08T09:00+07:00 | CALENDAR_DAYS | 5  | 2025-03-17T17:00+07:00 | received Saturday → counts from Mon 10/3",
            "2025-01-20T09:00+07:00 | CALENDAR_DAYS | 7  | 2025-02-03T17:00+07:00 | day 7 is 27/1, inside Tết 2025",
            // --- SAME_DAY with the 15:00 cut-off ("nhận hồ sơ sau 15 giờ")
            "2025-03-12T14:59+07:00 | SAME_DAY | 0 | 2025-03-12T17:00+07:00 | before 15:00",
            "2025-03-12T15:00+07:00 | SAME_DAY | 0 | 2025-03-12T17:00+07:00 | 15:00:00 is not after 15 giờ",
            "2025-03-12T15:00:01+07:00 | SAME_DAY | 0 | 2025-03-13T17:00+07:00 | 15:00:01 is after 15 giờ",
            "2025-03-12T15:01+07:00 | SAME_DAY | 0 | 2025-03-13T17:00+07:00 | 15:01",
            "2025-03-14T15:30+07:00 | SAME_DAY | 0 | 2025-03-17T17:00+07:00 | Friday afternoon → Monday",
            "2025-03-12T18:00+07:00 | SAME_DAY | 0 | 2025-03-13T17:00+07:00 | evening → next morning, before 15:00",
            "2025-01-24T15:30+07:00 | SAME_DAY | 0 | 2025-02-03T17:00+07:00 | after 15:00 on the Friday before Tết",
            "2026-08-22T10:00+07:00 | SAME_DAY | 0 | 2026-08-22T17:00+07:00 | the worked Saturday is a normal day",
            "2025-05-01T10:00+07:00 | SAME_DAY | 0 | 2025-05-05T17:00+07:00 | received on a holiday"})
    void dueAt(ZonedDateTime receivedAt, TimeUnitKind unit, BigDecimal amount, ZonedDateTime expected, String why) {
        ZonedDateTime due = CALCULATOR.dueAt(receivedAt, new TimeLimit(amount, unit, null));
        assertEquals(expected.toInstant(), due.toInstant(), why);
        assertEquals(VIETNAM, due.getZone());
    }

    @Test
    void receiptGivenInUtcIsReadInVietnameseTime() {
        // 09:00 UTC = 16:00 in Hà Nội on Friday 24/01/2025: same as the spec example.
        ZonedDateTime due = CALCULATOR.dueAt(ZonedDateTime.parse("2025-01-24T09:00Z"), TimeLimit.workingDays(1));
        assertEquals(ZonedDateTime.parse("2025-02-03T17:00+07:00[Asia/Ho_Chi_Minh]"), due);
        // 23:30 UTC on Thursday 23/01 is already 06:30 on Friday 24/01 in Vietnam: Friday is the receipt day.
        ZonedDateTime early = CALCULATOR.dueAt(ZonedDateTime.parse("2025-01-23T23:30Z"), TimeLimit.workingDays(1));
        assertEquals(ZonedDateTime.parse("2025-02-03T17:00+07:00[Asia/Ho_Chi_Minh]"), early);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2025-03-12T06:00+07:00, 2025-03-12T07:30+07:00",  // before opening
            "2025-03-12T09:15+07:00, 2025-03-12T09:15+07:00",  // open
            "2025-03-12T11:30+07:00, 2025-03-12T13:00+07:00",  // lunch starts at 11:30 sharp
            "2025-03-12T17:00+07:00, 2025-03-13T07:30+07:00",  // closing
            "2025-01-25T10:00+07:00, 2025-02-03T07:30+07:00",  // Tết
            "2026-08-22T06:00+07:00, 2026-08-22T07:30+07:00"}) // worked Saturday
    void receiptIsNormalisedToTheNextWorkingPeriod(ZonedDateTime receivedAt, ZonedDateTime expected) {
        assertEquals(expected.toInstant(), CALCULATOR.normaliseReceipt(receivedAt).toInstant());
    }

    @Test
    void sameDayCutoffIsAPropertyOfTheProcedure() {
        TimeLimit until16 = TimeLimit.sameDay(LocalTime.of(16, 0));
        assertEquals(ZonedDateTime.parse("2025-03-12T17:00+07:00").toInstant(),
                CALCULATOR.dueAt(ZonedDateTime.parse("2025-03-12T15:30+07:00"), until16).toInstant());
        assertThat(TimeLimit.sameDay().sameDayCutoff()).isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void wholeWorkingDaysGiveTheRestOfTheReceiptDayOnTop() {
        // The two views agree up to the office time left on the day of receipt (docs/calendar.md).
        ZonedDateTime received = ZonedDateTime.parse("2025-03-12T13:00+07:00");
        ZonedDateTime byDays = CALCULATOR.dueAt(received, TimeLimit.workingDays(2));
        ZonedDateTime byHours = CALCULATOR.dueAt(received, TimeLimit.workingHours(16));
        assertEquals(ZonedDateTime.parse("2025-03-14T17:00+07:00").toInstant(), byDays.toInstant());
        // 16 h: Wed 13:00–17:00 (4 h), all Thursday (8 h), Friday 07:30–11:30 (4 h).
        assertEquals(ZonedDateTime.parse("2025-03-14T11:30+07:00").toInstant(), byHours.toInstant());
        assertEquals(CALCULATOR.clock().workingTimeBetween(received.toInstant(),
                        ZonedDateTime.parse("2025-03-12T17:00+07:00").toInstant()),
                CALCULATOR.clock().workingTimeBetween(byHours.toInstant(), byDays.toInstant()));
    }

    @Test
    void seasonalHoursMoveTheClosingTime() {
        OfficeHours northern = new OfficeHours(OfficeHours.standard().defaultSessions(), List.of(
                new OfficeHours.Season(MonthDay.of(4, 15), MonthDay.of(10, 14), List.of(
                        OfficeHours.Session.of("07:00", "11:00"), OfficeHours.Session.of("13:30", "17:30")))));
        DeadlineCalculator summer = new DeadlineCalculator(WorkingCalendar.standard(OfficialSchedule.bundled()),
                northern, VIETNAM);
        assertEquals(ZonedDateTime.parse("2025-06-12T17:30+07:00").toInstant(),
                summer.dueAt(ZonedDateTime.parse("2025-06-11T10:00+07:00"), TimeLimit.workingDays(1)).toInstant());
        // 17:15 is still open in summer, so this is received on Wednesday itself.
        assertEquals(ZonedDateTime.parse("2025-06-12T17:30+07:00").toInstant(),
                summer.dueAt(ZonedDateTime.parse("2025-06-11T17:15+07:00"), TimeLimit.workingDays(1)).toInstant());
        // 3 working hours from 10:00 in summer: 10:00–11:00, 13:30–15:30.
        assertEquals(ZonedDateTime.parse("2025-06-11T15:30+07:00").toInstant(),
                summer.dueAt(ZonedDateTime.parse("2025-06-11T10:00+07:00"), TimeLimit.workingHours(3)).toInstant());
    }
}
