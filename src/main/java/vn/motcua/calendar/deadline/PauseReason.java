package vn.motcua.calendar.deadline;

/** Why the processing clock stopped. */
public enum PauseReason {
    /** Waiting for the citizen to complete the dossier (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ). */
    SUPPLEMENT("Chờ bổ sung, hoàn thiện hồ sơ"),
    /** Waiting for the citizen to pay taxes or fees (nghĩa vụ tài chính). */
    FINANCIAL_OBLIGATION("Chờ thực hiện nghĩa vụ tài chính");

    private final String label;

    PauseReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
