package vn.motcua.calendar.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * One stop of the processing clock.
 *
 * @param resumedAt null while the pause is still open
 * @param by        who requested it (user name or role), for the audit trail
 */
public record Pause(Instant pausedAt, Instant resumedAt, PauseReason reason, String by, String note) {

    public Pause {
        Objects.requireNonNull(pausedAt, "pausedAt");
        Objects.requireNonNull(reason, "reason");
        if (resumedAt != null && resumedAt.isBefore(pausedAt)) {
            throw new IllegalArgumentException("Thời điểm tiếp tục xử lý (" + resumedAt
                    + ") không được trước thời điểm tạm dừng (" + pausedAt + ")");
        }
    }

    public boolean isOpen() {
        return resumedAt == null;
    }
}
