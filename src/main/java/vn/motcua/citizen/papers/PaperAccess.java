package vn.motcua.citizen.papers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone looked at (or reused) a citizen's stored papers. Append-only. */
@Entity
@Table(name = "citizen_paper_access")
public class PaperAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(nullable = false)
    private String actor;

    @Column(name = "dossier_code")
    private String dossierCode;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    protected PaperAccess() {
    }

    PaperAccess(String ownerId, String actor, String dossierCode, String purpose, Instant accessedAt) {
        this.ownerId = ownerId;
        this.actor = actor;
        this.dossierCode = dossierCode;
        this.purpose = purpose;
        this.accessedAt = accessedAt;
    }

    public String actor() {
        return actor;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public String purpose() {
        return purpose;
    }

    public Instant accessedAt() {
        return accessedAt;
    }
}
