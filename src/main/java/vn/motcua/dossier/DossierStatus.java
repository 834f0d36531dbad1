package vn.motcua.dossier;

/** Where a dossier stands; the names follow the statuses the national KPI method (Decision 766) counts. */
public enum DossierStatus {
    /** Mới tiếp nhận: being checked at the desk. */
    RECEIVED("Mới tiếp nhận"),
    /** Yêu cầu bổ sung: incomplete, waiting for the applicant before acceptance. */
    SUPPLEMENT_REQUESTED("Yêu cầu bổ sung, hoàn thiện hồ sơ"),
    /** Đang xử lý: accepted, appointment given, with the responsible unit. */
    IN_PROGRESS("Đang xử lý"),
    /** Tạm dừng: the applicant is supplementing papers or paying; the clock stops. */
    PAUSED("Tạm dừng, chờ bổ sung hoặc thực hiện nghĩa vụ tài chính"),
    /** Chờ phê duyệt: the result waits for the leader's signature. */
    AWAITING_APPROVAL("Chờ lãnh đạo phê duyệt"),
    /** Đã xử lý xong: the result is ready at the desk. */
    RESULT_READY("Đã có kết quả, chờ trả"),
    /** Đã trả kết quả. */
    RETURNED("Đã trả kết quả"),
    /** Từ chối tiếp nhận (form 03). */
    REFUSED("Từ chối tiếp nhận"),
    /** Công dân rút hồ sơ / dừng giải quyết (form 05). */
    WITHDRAWN("Dừng giải quyết theo đề nghị"),
    /** Hủy hồ sơ, with a reason. */
    CANCELLED("Đã hủy");

    private final String label;

    DossierStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == RETURNED || this == REFUSED || this == WITHDRAWN || this == CANCELLED;
    }
}
