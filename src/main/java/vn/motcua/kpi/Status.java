package vn.motcua.kpi;

/** How an actual stands against its target. */
public enum Status {
    MET("Đạt"), NOT_MET("Chưa đạt"), NO_DATA("Chưa có dữ liệu");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
