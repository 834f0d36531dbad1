package vn.motcua.paper;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The top of every paper: who issues it, its number and the date of the "place, ngày … tháng … năm"
 * line.
 *
 * @param number the running number ("125"); null prints a blank to fill in by hand
 */
public record Letterhead(Issuer issuer, String number, LocalDate date) {

    public Letterhead {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(date, "date");
    }

    /** "Số: 125/TNHS-TTPVHCC". */
    public String numberLine(OfficialForm form) {
        String suffix = issuer.abbreviation() == null
                ? form.numberSuffix()
                : form.numberSuffix() + "-" + issuer.abbreviation();
        return "Số: " + (number == null ? "……" : number) + "/" + suffix;
    }
}
