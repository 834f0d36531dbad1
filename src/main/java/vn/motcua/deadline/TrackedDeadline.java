package vn.motcua.deadline;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.motcua.calendar.deadline.TimeLimit;

/**
 * A due date held in a process variable, with what it was computed from, so that a change of the
 * working-day calendar can compute it again.
 */
@Entity
@Table(name = "tracked_deadline")
class TrackedDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String processInstanceId;
    private String variableName;
    private Instant startedAt;
    private String timeLimit;
    private Instant dueAt;
    private boolean committed;
    private boolean open;
    private Instant createdAt;

    protected TrackedDeadline() {
        // for JPA
    }

    TrackedDeadline(String processInstanceId, String variableName, Instant startedAt, TimeLimit limit,
                    Instant dueAt, boolean committed, Instant createdAt) {
        this.processInstanceId = processInstanceId;
        this.variableName = variableName;
        this.startedAt = startedAt;
        this.timeLimit = limit.toString();
        this.dueAt = dueAt;
        this.committed = committed;
        this.open = true;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    String variableName() {
        return variableName;
    }

    Instant startedAt() {
        return startedAt;
    }

    TimeLimit limit() {
        return TimeLimit.parse(timeLimit);
    }

    Instant dueAt() {
        return dueAt;
    }

    boolean committed() {
        return committed;
    }

    boolean open() {
        return open;
    }

    void close() {
        open = false;
    }

    void moveTo(Instant newDueAt) {
        dueAt = newDueAt;
    }
}
