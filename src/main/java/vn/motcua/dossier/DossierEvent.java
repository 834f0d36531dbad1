package vn.motcua.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the dossier's history: who did what and when. Append-only; an ISO 9001 record. */
@Entity
@Table(name = "dossier_event")
public class DossierEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String type;

    private String detail;

    protected DossierEvent() {
    }

    DossierEvent(Instant at, String actor, String type, String detail) {
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String type() {
        return type;
    }

    public String detail() {
        return detail;
    }
}
