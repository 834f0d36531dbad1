package vn.motcua.calendar;

/** What an official decision (or the statutory estimate) says about a particular date. */
public enum DayKind {
    /** A public holiday of Labour Code 2019 Art. 112. */
    HOLIDAY(false, "Ngày nghỉ lễ, Tết"),
    /** Nghỉ bù: a holiday fell on the weekly rest day (Labour Code 2019 Art. 111 k.3). */
    COMPENSATORY(false, "Nghỉ bù"),
    /** A weekday given off by a swap (hoán đổi) against a Saturday worked instead. */
    SWAPPED_OFF(false, "Nghỉ hoán đổi"),
    /** A weekly rest day that public bodies work to pay back a swapped day (làm bù). */
    MAKEUP_WORKDAY(true, "Làm bù");

    private final boolean working;
    private final String label;

    DayKind(boolean working, String label) {
        this.working = working;
        this.label = label;
    }

    public boolean working() {
        return working;
    }

    /** Vietnamese label for screens. */
    public String label() {
        return label;
    }
}
