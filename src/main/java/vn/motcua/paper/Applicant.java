package vn.motcua.paper;

import java.util.Objects;

/**
 * A person or organisation named on a paper. Only the name is required: the forms leave the other
 * lines blank when they are unknown.
 *
 * @param idNumber số định danh cá nhân (12-digit citizen number) or the organisation's identifier
 */
public record Applicant(String fullName, String idNumber, String address, String phone, String email) {

    public Applicant {
        Objects.requireNonNull(fullName, "fullName");
    }
}
