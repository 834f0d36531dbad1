package vn.motcua.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.MotCuaProperties;
import vn.motcua.deadline.DeadlineChange.Outcome;

/**
 * Read-only: each version of the working-day calendar and what it did to open deadlines. Unlike the
 * rest of /api/calendar it names process instances, so it needs a login (managers, auditors, leaders,
 * administrators; see SecurityConfiguration).
 */
@RestController
class CalendarRevisionController {

    private final CalendarRevisionRepository revisions;
    private final ZoneId zone;

    CalendarRevisionController(CalendarRevisionRepository revisions, MotCuaProperties motcua) {
        this.revisions = revisions;
        this.zone = motcua.zone();
    }

    record Revision(long id, ZonedDateTime loadedAt, String checksum, String summary, List<Change> changes) {
    }

    record Change(String processInstanceId, String variableName, ZonedDateTime previousDueAt, ZonedDateTime newDueAt,
                  Outcome outcome) {
    }

    /** Newest first. */
    @GetMapping("/api/calendar/revisions")
    List<Revision> revisions() {
        return revisions.findAllByOrderByIdDesc().stream().map(this::view).toList();
    }

    private Revision view(CalendarRevision revision) {
        List<Change> changes = revision.changes().stream()
                .map(change -> new Change(change.deadline().processInstanceId(), change.deadline().variableName(),
                        zoned(change.previousDueAt()), zoned(change.newDueAt()), change.outcome()))
                .toList();
        return new Revision(revision.id(), zoned(revision.loadedAt()), revision.checksum(), revision.summary(),
                changes);
    }

    private ZonedDateTime zoned(Instant instant) {
        return instant.atZone(zone);
    }
}
