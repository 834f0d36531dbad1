package vn.motcua.paper;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 07, Sổ theo dõi hồ sơ for one period, kept per field or group of fields (lĩnh vực). The
 * electronic ledger replaces the paper book; this prints it.
 */
public record Ledger(Letterhead letterhead, String field, LocalDate from, LocalDate to, List<LedgerRow> rows)
        implements OfficialPaper {

    public Ledger {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
        }
        rows = List.copyOf(rows);
    }

    @Override
    public OfficialForm form() {
        return OfficialForm.LEDGER;
    }
}
