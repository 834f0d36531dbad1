package vn.motcua.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.motcua.calendar.deadline.Pause;
import vn.motcua.calendar.deadline.PauseReason;

/** One entry of the dossier's pause ledger. */
@Entity
@Table(name = "dossier_pause")
public class DossierPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "paused_at", nullable = false)
    private Instant pausedAt;

    @Column(name = "resumed_at")
    private Instant resumedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PauseReason reason;

    @Column(name = "paused_by", nullable = false)
    private String pausedBy;

    @Column(name = "resumed_by")
    private String resumedBy;

    private String note;

    protected DossierPause() {
    }

    DossierPause(Instant pausedAt, PauseReason reason, String pausedBy, String note) {
        this.pausedAt = pausedAt;
        this.reason = reason;
        this.pausedBy = pausedBy;
        this.note = note;
    }

    void resume(Instant at, String by) {
        resumedAt = at;
        resumedBy = by;
    }

    boolean isOpen() {
        return resumedAt == null;
    }

    Pause toPause() {
        return new Pause(pausedAt, resumedAt, reason, pausedBy, note);
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Instant resumedAt() {
        return resumedAt;
    }

    public PauseReason reason() {
        return reason;
    }
}
