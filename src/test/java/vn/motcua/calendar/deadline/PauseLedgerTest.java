package vn.motcua.calendar.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PauseLedgerTest {

    private static final Instant T0 = Instant.parse("2025-03-12T02:00:00Z");
    private static final Instant T1 = Instant.parse("2025-03-12T04:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-13T02:00:00Z");

    @Test
    void pausingReturnsANewLedgerAndLeavesTheOldOneAlone() {
        PauseLedger empty = PauseLedger.empty();
        PauseLedger paused = empty.pause(T0, PauseReason.SUPPLEMENT, "nv1", "Thiếu tờ khai");
        assertThat(empty.pauses()).isEmpty();
        assertThat(paused.openPause()).get().extracting(Pause::by).isEqualTo("nv1");
        PauseLedger resumed = paused.resume(T1);
        assertThat(paused.isPaused()).isTrue();
        assertThat(resumed.isPaused()).isFalse();
        assertEquals(new Pause(T0, T1, PauseReason.SUPPLEMENT, "nv1", "Thiếu tờ khai"), resumed.pauses().get(0));
    }

    @Test
    void cannotPauseTwiceOrResumeWithoutPause() {
        PauseLedger paused = PauseLedger.empty().pause(T0, PauseReason.SUPPLEMENT, "nv1", null);
        assertThatThrownBy(() -> paused.pause(T1, PauseReason.FINANCIAL_OBLIGATION, "nv1", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("đang tạm dừng");
        assertThatThrownBy(() -> PauseLedger.empty().resume(T1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("không ở trạng thái tạm dừng");
    }

    @Test
    void rejectsResumingBeforePausing() {
        PauseLedger paused = PauseLedger.empty().pause(T1, PauseReason.SUPPLEMENT, "nv1", null);
        assertThatThrownBy(() -> paused.resume(T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rebuildingFromStorageChecksOrderAndOpenPauses() {
        Pause first = new Pause(T0, T2, PauseReason.SUPPLEMENT, "nv1", null);
        Pause overlapping = new Pause(T1, null, PauseReason.SUPPLEMENT, "nv1", null);
        assertThatThrownBy(() -> PauseLedger.of(List.of(first, overlapping)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trước khi lần trước kết thúc");
        Pause open = new Pause(T0, null, PauseReason.SUPPLEMENT, "nv1", null);
        Pause later = new Pause(T2, null, PauseReason.SUPPLEMENT, "nv1", null);
        assertThatThrownBy(() -> PauseLedger.of(List.of(open, later)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chưa kết thúc");
        assertThat(PauseLedger.of(List.of(new Pause(T0, T1, PauseReason.SUPPLEMENT, "nv1", null), later)).isPaused())
                .isTrue();
    }

    @Test
    void countsOnlySupplementRequests() {
        PauseLedger ledger = PauseLedger.empty()
                .pause(T0, PauseReason.FINANCIAL_OBLIGATION, "nv1", null).resume(T1)
                .pause(T2, PauseReason.SUPPLEMENT, "nv1", null);
        assertEquals(1, ledger.supplementRequestCount());
        assertThat(ledger.exceedsSupplementLimit()).isFalse();
    }
}
