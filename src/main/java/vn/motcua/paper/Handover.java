package vn.motcua.paper;

import java.time.ZonedDateTime;
import java.util.Objects;
import vn.motcua.calendar.deadline.Timeliness;

/**
 * One hand-over of a dossier between units: a row of the Phiếu kiểm soát.
 *
 * @param timeliness the receiving unit's step result against its step deadline; null while not
 *                   yet known (the form has the receiver fill it in)
 * @param note       may be null
 */
public record Handover(String fromUnit, String toUnit, ZonedDateTime at, Timeliness timeliness, String note) {

    public Handover {
        Objects.requireNonNull(fromUnit, "fromUnit");
        Objects.requireNonNull(toUnit, "toUnit");
        Objects.requireNonNull(at, "at");
    }
}
