package vn.motcua.calendar.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.calendar.deadline.DeadlineCalculatorTest.CALCULATOR;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PausesTest {

    private static Instant at(String text) {
        return ZonedDateTime.parse(text).toInstant();
    }

    @Test
    void pauseOverAHolidayCostsOnlyTheOfficeTimeAroundIt() {
        // Received Thu 24/4/2025, 5 working days: Fri 25, Sat 26 (làm bù), Mon 28, Tue 29, Mon 5/5 → 5/5 17:00.
        ZonedDateTime received = ZonedDateTime.parse("2025-04-24T09:00+07:00");
        TimeLimit limit = TimeLimit.workingDays(5);
        assertEquals(at("2025-05-05T17:00+07:00"), CALCULATOR.dueAt(received, limit).toInstant());

        // Paused Tue 29/4 15:00 → Mon 5/5 08:30: 2 h on 29/4 + nothing for 30/4–4/5 + 1 h on 5/5 = 3 h.
        PauseLedger ledger = PauseLedger.empty()
                .pause(at("2025-04-29T15:00+07:00"), PauseReason.SUPPLEMENT, "mot-cua.nv1", "Thiếu giấy chứng sinh")
                .resume(at("2025-05-05T08:30+07:00"));
        assertEquals(Duration.ofHours(3), CALCULATOR.pausedWorkingTime(ledger, at("2025-06-01T00:00+07:00")));
        assertEquals(180, CALCULATOR.clock().workingMinutesBetween(at("2025-04-29T15:00+07:00"),
                at("2025-05-05T08:30+07:00")));

        // 5/5 17:00 + 3 working hours = Tue 6/5 10:30.
        assertEquals(Optional.of(at("2025-05-06T10:30+07:00")),
                CALCULATOR.dueAt(received, limit, ledger).map(ZonedDateTime::toInstant));
    }

    @Test
    void theRemainingBudgetContinuesOnResume() {
        // Received Wed 12/3/2025 10:00, 3 working hours → 14:30 unpaused.
        ZonedDateTime received = ZonedDateTime.parse("2025-03-12T10:00+07:00");
        TimeLimit limit = TimeLimit.workingHours(3);
        assertEquals(at("2025-03-12T14:30+07:00"), CALCULATOR.dueAt(received, limit).toInstant());
        // Paused at 11:00 after 1 h used; resumed Friday 14/3 at 09:00 → 2 h left → 11:00.
        PauseLedger ledger = PauseLedger.empty()
                .pause(at("2025-03-12T11:00+07:00"), PauseReason.FINANCIAL_OBLIGATION, "nv2", null)
                .resume(at("2025-03-14T09:00+07:00"));
        assertEquals(at("2025-03-14T11:00+07:00"), CALCULATOR.dueAt(received, limit, ledger).orElseThrow().toInstant());
    }

    @Test
    void openPauseLeavesTheDueDateUndefined() {
        PauseLedger open = PauseLedger.empty()
                .pause(at("2025-03-12T11:00+07:00"), PauseReason.SUPPLEMENT, "nv1", "Chờ bổ sung");
        assertTrue(open.isPaused());
        assertEquals(Optional.empty(),
                CALCULATOR.dueAt(ZonedDateTime.parse("2025-03-12T08:00+07:00"), TimeLimit.workingDays(3), open));
        // Wed 11:00–11:30, 13:00–17:00, then Thu 07:30–09:00: 6 h so far.
        assertEquals(Duration.ofHours(6), CALCULATOR.pausedWorkingTime(open, at("2025-03-13T09:00+07:00")));
    }

    @Test
    void aPauseAfterTheDueDateDoesNotReviveIt() {
        ZonedDateTime received = ZonedDateTime.parse("2025-03-12T08:00+07:00");
        PauseLedger late = PauseLedger.empty()
                .pause(at("2025-03-17T08:00+07:00"), PauseReason.SUPPLEMENT, "nv1", null)
                .resume(at("2025-03-18T08:00+07:00"));
        assertEquals(at("2025-03-13T17:00+07:00"),
                CALCULATOR.dueAt(received, TimeLimit.workingDays(1), late).orElseThrow().toInstant());
    }

    @Test
    void twoPausesAddUp() {
        ZonedDateTime received = ZonedDateTime.parse("2025-03-10T08:00+07:00");
        PauseLedger ledger = PauseLedger.empty()
                .pause(at("2025-03-10T09:00+07:00"), PauseReason.SUPPLEMENT, "nv1", null)
                .resume(at("2025-03-10T10:00+07:00"))                       // 1 h
                .pause(at("2025-03-11T16:00+07:00"), PauseReason.FINANCIAL_OBLIGATION, "nv1", null)
                .resume(at("2025-03-12T08:30+07:00"));                      // 1 h + 1 h
        // Unpaused: 2 working days → Wed 12/3 17:00; plus 3 h → Thu 13/3 10:30.
        assertEquals(at("2025-03-13T10:30+07:00"),
                CALCULATOR.dueAt(received, TimeLimit.workingDays(2), ledger).orElseThrow().toInstant());
        assertEquals(1, ledger.supplementRequestCount());
        assertFalse(ledger.exceedsSupplementLimit());
    }

    @Test
    void aSecondSupplementRequestMakesTheDossierLate() {
        ZonedDateTime appointment = ZonedDateTime.parse("2025-03-14T17:00+07:00");
        PauseLedger twice = PauseLedger.empty()
                .pause(at("2025-03-10T09:00+07:00"), PauseReason.SUPPLEMENT, "nv1", "Lần 1")
                .resume(at("2025-03-10T10:00+07:00"))
                .pause(at("2025-03-11T09:00+07:00"), PauseReason.SUPPLEMENT, "nv1", "Lần 2")
                .resume(at("2025-03-11T10:00+07:00"));
        assertEquals(2, twice.supplementRequestCount());
        assertTrue(twice.exceedsSupplementLimit());
        assertEquals(Timeliness.LATE, CALCULATOR.classify(at("2025-03-12T09:00+07:00"), appointment, twice));
        assertEquals(Timeliness.EARLY, CALCULATOR.classify(at("2025-03-12T09:00+07:00"), appointment,
                PauseLedger.empty()));
        assertThat(twice.pauses()).extracting(Pause::note).containsExactly("Lần 1", "Lần 2");
    }
}
