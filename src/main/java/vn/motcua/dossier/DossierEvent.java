package vn.motcua.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the dossier's history: who did what and when. Append-only; an ISO 9001 record. */
@Entity
@Table(name = "dossier_event")
public class DossierEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String type;

    private String detail;

    protected DossierEvent() {
    }

    DossierEvent(Instant at, String actor, String type, String detail) {
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    /** What staff and the applicant read for the type, e.g. on the dossier's page and the control slip. */
    public String label() {
        return switch (type) {
            case "RECEIVED" -> "Nộp hồ sơ";
            case "SUPPLEMENT_REQUESTED" -> "Yêu cầu bổ sung, hoàn thiện hồ sơ";
            case "SUPPLEMENTED" -> "Đã bổ sung hồ sơ";
            case "REFUSED" -> "Từ chối tiếp nhận";
            case "ACCEPTED" -> "Tiếp nhận, hẹn trả kết quả";
            case "TRANSFERRED" -> "Chuyển hồ sơ đến đơn vị giải quyết";
            case "PAUSED" -> "Tạm dừng tính thời gian";
            case "RESUMED" -> "Tiếp tục tính thời gian";
            case "APOLOGY_DRAFTED" -> "Lập phiếu xin lỗi và đề nghị gia hạn";
            case "APOLOGY_SIGNED" -> "Ký phiếu xin lỗi, hẹn lại ngày trả kết quả";
            case "ESCALATED" -> "Lãnh đạo chỉ đạo xử lý hồ sơ quá hạn";
            case "STEP_OVERRUN" -> "Bước xử lý quá thời gian quy định";
            case "SUBMITTED_FOR_APPROVAL" -> "Trình lãnh đạo phê duyệt";
            case "SENT_BACK" -> "Lãnh đạo trả lại để xử lý lại";
            case "APPROVED" -> "Lãnh đạo phê duyệt, ký kết quả";
            case "RETURNED" -> "Trả kết quả";
            case "WITHDRAWN" -> "Dừng giải quyết theo đề nghị của người nộp";
            case "CANCELLED" -> "Hủy hồ sơ";
            case "ATTACHED" -> "Đính kèm tệp";
            default -> type;
        };
    }
}
