package vn.motcua.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One version of the working-day calendar as the application loaded it, and what its arrival changed. */
@Entity
@Table(name = "calendar_revision")
class CalendarRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long previousId;
    private String checksum;
    private String content;
    private String summary;
    private Instant loadedAt;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<DeadlineChange> changes = new ArrayList<>();

    protected CalendarRevision() {
        // for JPA
    }

    CalendarRevision(CalendarRevision previous, CalendarEdition edition, Instant loadedAt) {
        this.previousId = previous == null ? null : previous.id;
        this.checksum = edition.checksum();
        this.content = String.join("\n", edition.lines());
        this.loadedAt = loadedAt;
    }

    Long id() {
        return id;
    }

    String checksum() {
        return checksum;
    }

    List<String> lines() {
        return content.isEmpty() ? List.of() : List.of(content.split("\n"));
    }

    String summary() {
        return summary;
    }

    Instant loadedAt() {
        return loadedAt;
    }

    List<DeadlineChange> changes() {
        return changes;
    }

    void report(String summary, List<DeadlineChange> changes) {
        this.summary = summary;
        this.changes.addAll(changes);
    }
}
