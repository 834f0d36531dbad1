package vn.motcua.paper;

import java.util.Objects;

/**
 * Mẫu 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ: the dossier is out of scope or ineligible; the
 * reason is mandatory.
 *
 * @param dossierCode  may be null ("Mã hồ sơ (nếu có)")
 * @param receiverName the official who refuses it and signs as NGƯỜI TIẾP NHẬN HỒ SƠ
 */
public record Refusal(
        Letterhead letterhead,
        String dossierCode,
        Applicant applicant,
        String request,
        String reason,
        String receiverName) implements OfficialPaper {

    public Refusal {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(receiverName, "receiverName");
    }

    @Override
    public OfficialForm form() {
        return OfficialForm.REFUSAL;
    }
}
