package vn.motcua.paper;

import java.util.Objects;

/** Where a receipt was entered in the Sổ theo dõi hồ sơ: "Quyển số 01, Số thứ tự 125". */
public record LedgerReference(String book, int entry) {

    public LedgerReference {
        Objects.requireNonNull(book, "book");
    }
}
