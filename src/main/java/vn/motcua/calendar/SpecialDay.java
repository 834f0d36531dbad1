package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date whose status differs from the plain weekly pattern, with the text it came from.
 *
 * @param source the legal document (official data) or the statutory rule (estimates)
 */
public record SpecialDay(LocalDate date, DayKind kind, String name, String source) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
