package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The person or organisation asking: a citizen by 12-digit personal ID, an organisation by tax code. */
@Embeddable
public class Applicant {

    public enum Kind { CITIZEN, ORGANISATION }

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    private Kind kind;

    @Column(name = "applicant_name", nullable = false)
    private String fullName;

    @Column(name = "applicant_id_number")
    private String idNumber;

    @Column(name = "applicant_tax_code")
    private String taxCode;

    @Column(name = "applicant_phone")
    private String phone;

    @Column(name = "applicant_email")
    private String email;

    @Column(name = "applicant_address")
    private String address;

    protected Applicant() {
    }

    public Applicant(Kind kind, String fullName, String idNumber, String taxCode, String phone, String email,
                     String address) {
        this.kind = kind;
        this.fullName = fullName;
        this.idNumber = idNumber;
        this.taxCode = taxCode;
        this.phone = phone;
        this.email = email;
        this.address = address;
    }

    public Kind kind() {
        return kind;
    }

    public String fullName() {
        return fullName;
    }

    public String idNumber() {
        return idNumber;
    }

    public String taxCode() {
        return taxCode;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String address() {
        return address;
    }
}
