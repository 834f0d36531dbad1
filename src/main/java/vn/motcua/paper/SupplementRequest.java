package vn.motcua.paper;

import java.util.List;
import java.util.Objects;

/**
 * Mẫu 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: everything missing is asked for once, in writing.
 *
 * @param dossierCode  may be null: a dossier refused at the counter has no code yet
 * @param requirements each thing to add or correct, numbered on the paper
 * @param guideName    the official who gives guidance and signs as NGƯỜI HƯỚNG DẪN
 * @param guidePhone   the number to call for guidance; may be null
 */
public record SupplementRequest(
        Letterhead letterhead,
        String dossierCode,
        Applicant applicant,
        String request,
        List<String> requirements,
        String reason,
        String guideName,
        String guidePhone) implements OfficialPaper {

    public SupplementRequest {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(request, "request");
        requirements = List.copyOf(requirements);
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("a supplement request must say what to supplement");
        }
        Objects.requireNonNull(guideName, "guideName");
    }

    @Override
    public OfficialForm form() {
        return OfficialForm.SUPPLEMENT_REQUEST;
    }
}
