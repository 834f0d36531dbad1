package vn.motcua.paper;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Mẫu 05, Thông báo dừng giải quyết hồ sơ: the applicant asked to stop before any decision or result
 * existed (Nghị định 118/2025, Điều 21).
 *
 * @param requestedAt when the applicant asked to stop
 * @param reason      the applicant's reason, as given; may be null
 */
public record StopNotice(
        Letterhead letterhead,
        String dossierCode,
        Applicant applicant,
        String procedureName,
        ZonedDateTime receivedAt,
        ZonedDateTime requestedAt,
        String reason,
        Signatory signatory) implements OfficialPaper {

    public StopNotice {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(signatory, "signatory");
    }

    @Override
    public OfficialForm form() {
        return OfficialForm.STOP_NOTICE;
    }
}
