package vn.motcua.paper;

import java.util.Objects;

/**
 * Who signs a paper for the issuing body.
 *
 * @param title the signing line in capitals as it is printed ("CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
 */
public record Signatory(String title, String fullName) {

    public Signatory {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fullName, "fullName");
    }
}
