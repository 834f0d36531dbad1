package vn.motcua.calendar.deadline;

/** Result of a dossier against its appointment (Phiếu kiểm soát: trước hạn / đúng hạn / quá hạn). */
public enum Timeliness {
    /** Finished on a date before the appointment's date. */
    EARLY("Trước hạn"),
    /** Finished on the appointment's date, not after the appointment. */
    ON_TIME("Đúng hạn"),
    /** Finished after the appointment (or more than one supplement request). */
    LATE("Quá hạn");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** QĐ 766 counts early dossiers as on time ("xử lý trước hạn, đúng hạn"). */
    public boolean countsAsOnTime() {
        return this != LATE;
    }
}
