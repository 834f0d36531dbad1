package vn.motcua.paper;

import java.util.Objects;

/**
 * Someone who files a dossier on the applicant's behalf.
 *
 * @param authorisation the paper that authorises them ("Giấy ủy quyền số 12/2026 ngày 20/11/2026")
 */
public record Proxy(Applicant person, String authorisation) {

    public Proxy {
        Objects.requireNonNull(person, "person");
    }
}
