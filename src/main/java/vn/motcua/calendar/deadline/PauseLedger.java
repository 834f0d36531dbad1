package vn.motcua.calendar.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pauses of one dossier, oldest first. Immutable: {@link #pause} and {@link #resume} return a
 * new ledger, so a stored ledger can never be rewritten behind the audit trail's back.
 */
public final class PauseLedger {

    private static final PauseLedger EMPTY = new PauseLedger(List.of());

    private final List<Pause> pauses;

    private PauseLedger(List<Pause> pauses) {
        this.pauses = List.copyOf(pauses);
    }

    public static PauseLedger empty() {
        return EMPTY;
    }

    /**
     * A ledger rebuilt from storage. Pauses must be in time order, must not overlap, and only the
     * last one may still be open.
     */
    public static PauseLedger of(List<Pause> pauses) {
        for (int i = 0; i < pauses.size(); i++) {
            Pause current = Objects.requireNonNull(pauses.get(i), "pause");
            if (current.isOpen() && i < pauses.size() - 1) {
                throw new IllegalArgumentException("Chỉ lần tạm dừng cuối cùng mới được phép chưa kết thúc (lần thứ "
                        + (i + 1) + " chưa có thời điểm tiếp tục)");
            }
            if (i > 0 && current.pausedAt().isBefore(pauses.get(i - 1).resumedAt())) {
                throw new IllegalArgumentException("Lần tạm dừng thứ " + (i + 1) + " bắt đầu ("
                        + current.pausedAt() + ") trước khi lần trước kết thúc (" + pauses.get(i - 1).resumedAt() + ")");
            }
        }
        return new PauseLedger(pauses);
    }

    /** Stops the clock. */
    public PauseLedger pause(Instant at, PauseReason reason, String by, String note) {
        if (isPaused()) {
            throw new IllegalStateException("Hồ sơ đang tạm dừng từ " + pauses.get(pauses.size() - 1).pausedAt()
                    + ", không thể tạm dừng lần nữa");
        }
        List<Pause> next = new ArrayList<>(pauses);
        next.add(new Pause(at, null, reason, by, note));
        return of(next);
    }

    /** Restarts the clock. */
    public PauseLedger resume(Instant at) {
        Pause open = openPause().orElseThrow(() ->
                new IllegalStateException("Hồ sơ không ở trạng thái tạm dừng, không thể tiếp tục xử lý"));
        List<Pause> next = new ArrayList<>(pauses.subList(0, pauses.size() - 1));
        next.add(new Pause(open.pausedAt(), at, open.reason(), open.by(), open.note()));
        return of(next);
    }

    public List<Pause> pauses() {
        return pauses;
    }

    public boolean isPaused() {
        return openPause().isPresent();
    }

    public Optional<Pause> openPause() {
        if (pauses.isEmpty() || !pauses.get(pauses.size() - 1).isOpen()) {
            return Optional.empty();
        }
        return Optional.of(pauses.get(pauses.size() - 1));
    }

    /** How many times the citizen was asked to complete the dossier. */
    public long supplementRequestCount() {
        return pauses.stream().filter(p -> p.reason() == PauseReason.SUPPLEMENT).count();
    }

    /** QĐ 766/QĐ-TTg: a dossier with more than one supplement request counts as late. */
    public boolean exceedsSupplementLimit() {
        return supplementRequestCount() > 1;
    }
}
