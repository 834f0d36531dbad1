package vn.motcua.deadline;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** What a calendar revision did to one open deadline whose due date it changed. */
@Entity
@Table(name = "calendar_revision_change")
class DeadlineChange {

    enum Outcome {
        /** The variable, and the timers and task due dates set from it, now hold the new date. */
        MOVED,
        /** Promised to a citizen: the old date stays, the new one is only reported. */
        KEPT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id")
    private CalendarRevision revision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tracked_deadline_id")
    private TrackedDeadline deadline;

    private Instant previousDueAt;
    private Instant newDueAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    protected DeadlineChange() {
        // for JPA
    }

    DeadlineChange(CalendarRevision revision, TrackedDeadline deadline, Instant newDueAt, Outcome outcome) {
        this.revision = revision;
        this.deadline = deadline;
        this.previousDueAt = deadline.dueAt();
        this.newDueAt = newDueAt;
        this.outcome = outcome;
    }

    TrackedDeadline deadline() {
        return deadline;
    }

    Instant previousDueAt() {
        return previousDueAt;
    }

    Instant newDueAt() {
        return newDueAt;
    }

    Outcome outcome() {
        return outcome;
    }
}
