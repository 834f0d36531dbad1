package vn.motcua.iso;

import java.time.Instant;
import java.util.List;

/**
 * Everything that happened to one dossier, from the engine's history and our own records: the ISO 9001
 * record of how the dossier was handled.
 */
public record AuditTrail(
        String dossierCode,
        String procedureCode,
        String procedureName,
        String status,
        Instant receivedAt,
        List<Step> steps,
        List<Change> changes,
        List<Event> events,
        List<PauseEntry> pauses) {

    /**
     * One step as it was worked.
     *
     * @param process      the process key the step belongs to (the dossier frame or the procedure's processing)
     * @param actor        who completed it (the assignee, or who completed it without claiming, from the engine's operation log)
     * @param minutes      how long it was open, in minutes (until now while still open)
     * @param withinBudget whether it finished by its due date (from its budget); null when the step has no budget
     * @param outcome      "completed", or why the engine ended it otherwise (e.g. a boundary event)
     */
    public record Step(String taskId, String activityId, String name, String process, int processVersion,
            String unit, String actor, Instant startedAt, Instant endedAt, long minutes, String budget,
            Instant dueAt, Boolean withinBudget, String outcome) {
    }

    /** A variable set or changed on the dossier's processes (form data, decisions). */
    public record Change(Instant at, String actor, String process, String variable, String value, String step) {
    }

    /** An entry of the dossier's own history (received, accepted, paused, approved, attached…). */
    public record Event(Instant at, String actor, String type, String detail) {
    }

    public record PauseEntry(Instant pausedAt, Instant resumedAt, String reason, String by, String note) {
    }
}
