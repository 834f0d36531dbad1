package vn.motcua.paper;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 06, Phiếu kiểm soát quá trình giải quyết hồ sơ: travels with the dossier, one row per hand-over.
 *
 * @param processingBody     cơ quan (bộ phận) giải quyết hồ sơ
 * @param coordinatingBodies cơ quan phối hợp; may be null
 * @param appointmentAt      null while the desk is still checking the dossier: the slip travels with it from receipt
 */
public record ControlSlip(
        Letterhead letterhead,
        String dossierCode,
        String processingBody,
        String coordinatingBodies,
        ZonedDateTime receivedAt,
        ZonedDateTime appointmentAt,
        List<Handover> handovers) implements OfficialPaper {

    public ControlSlip {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(processingBody, "processingBody");
        Objects.requireNonNull(receivedAt, "receivedAt");
        handovers = List.copyOf(handovers);
    }

    @Override
    public OfficialForm form() {
        return OfficialForm.CONTROL_SLIP;
    }
}
