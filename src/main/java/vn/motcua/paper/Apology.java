package vn.motcua.paper;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Mẫu 04, Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết: sent by the body that is late, no
 * later than one day before the appointment, with the reason and the new date. The letterhead is that
 * body's, not the centre's.
 *
 * @param receivingBody the body that received the dossier ("Trung tâm Phục vụ hành chính công xã Sơn Trung")
 */
public record Apology(
        Letterhead letterhead,
        String dossierCode,
        Applicant applicant,
        String procedureName,
        String receivingBody,
        ZonedDateTime receivedAt,
        ZonedDateTime appointmentAt,
        String reason,
        ZonedDateTime newAppointmentAt,
        Signatory signatory) implements OfficialPaper {

    public Apology {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivingBody, "receivingBody");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(appointmentAt, "appointmentAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(newAppointmentAt, "newAppointmentAt");
        Objects.requireNonNull(signatory, "signatory");
        if (!newAppointmentAt.isAfter(appointmentAt)) {
            throw new IllegalArgumentException("the new appointment must come after the missed one");
        }
    }

    @Override
    public OfficialForm form() {
        return OfficialForm.APOLOGY;
    }
}
