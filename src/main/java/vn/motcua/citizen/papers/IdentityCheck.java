package vn.motcua.citizen.papers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The applicant of a dossier checked electronically at receipt (QĐ 766 index 4.5). */
@Entity
@Table(name = "citizen_identity_check")
public class IdentityCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_code", nullable = false, unique = true)
    private String dossierCode;

    @Column(nullable = false)
    private boolean verified;

    @Column(nullable = false)
    private String source;

    private String detail;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected IdentityCheck() {
    }

    IdentityCheck(String dossierCode, PopulationRegistry.Check check, Instant checkedAt) {
        this.dossierCode = dossierCode;
        this.verified = check.verified();
        this.source = check.source();
        this.detail = check.detail() == null ? null : check.detail().substring(0, Math.min(check.detail().length(), 500));
        this.checkedAt = checkedAt;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public boolean verified() {
        return verified;
    }

    public String source() {
        return source;
    }

    public String detail() {
        return detail;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
