package vn.motcua.paper;

import java.util.Objects;

/**
 * The body that issues a paper, as its letterhead shows it.
 *
 * @param parentBody   the body above it, printed first ("UBND xã Sơn Trung"); null when none is printed
 * @param name         the issuing body ("Trung tâm Phục vụ hành chính công")
 * @param abbreviation appended to document numbers ("TTPVHCC" gives "Số: 125/TNHS-TTPVHCC"); may be null
 * @param place        the place name of the date line ("Sơn Trung")
 */
public record Issuer(String parentBody, String name, String abbreviation, String place) {

    public Issuer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(place, "place");
    }
}
