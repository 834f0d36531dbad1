package vn.motcua.iso;

/** What changed between two versions of a procedure, as an auditor names it. */
public enum ChangeType {
    STEP_ADDED("Thêm bước"),
    STEP_REMOVED("Bỏ bước"),
    STEP_RENAMED("Đổi tên bước"),
    UNIT_CHANGED("Đổi đơn vị thực hiện"),
    BUDGET_CHANGED("Đổi thời gian thực hiện"),
    FORM_CHANGED("Đổi biểu mẫu"),
    RECORD_CHANGED("Đổi hồ sơ, biểu mẫu lưu"),
    PROPERTY_CHANGED("Đổi thông tin quy trình");

    private final String label;

    ChangeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
