package vn.motcua.citizen.papers;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.motcua.dossier.Applicant;

/** A paper kept for a citizen (personal ID number) or organisation (tax code), with its validity. */
@Entity
@Table(name = "citizen_paper")
public class StoredPaper {

    /** Where the paper came from: accepted as a component of a dossier, or issued by the commune as its result. */
    public enum Source { ACCEPTED, RESULT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false)
    private Applicant.Kind ownerKind;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(nullable = false)
    private String name;

    /** The name compared across dossiers: case and spacing do not matter. */
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(name = "dossier_code", nullable = false)
    private String dossierCode;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    /** Null: valid without a time limit. */
    @Column(name = "valid_until")
    private Instant validUntil;

    protected StoredPaper() {
    }

    StoredPaper(Applicant.Kind ownerKind, String ownerId, String name, Source source, String dossierCode,
                Instant storedAt, Instant validUntil) {
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.name = name;
        this.nameKey = key(name);
        this.source = source;
        this.dossierCode = dossierCode;
        this.storedAt = storedAt;
        this.validUntil = validUntil;
    }

    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    boolean validAt(Instant at) {
        return !storedAt.isAfter(at) && (validUntil == null || at.isBefore(validUntil));
    }

    public String name() {
        return name;
    }

    public Source source() {
        return source;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public Instant storedAt() {
        return storedAt;
    }

    public Instant validUntil() {
        return validUntil;
    }

    String nameKey() {
        return nameKey;
    }
}
