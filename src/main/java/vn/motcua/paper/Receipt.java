package vn.motcua.paper;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả: handed to the applicant when a complete dossier is
 * received. Not a fee receipt (biên lai), which the finance side issues.
 *
 * @param proxy          the person who filed on the applicant's behalf; null when the applicant came
 * @param request        nội dung yêu cầu giải quyết, usually the procedure's name
 * @param sets           số lượng hồ sơ, in sets (bộ)
 * @param timeLimit      the statutory limit as printed after "theo quy định là" ("03 ngày làm việc")
 * @param resultDelivery where the applicant chose to receive the result
 * @param ledger         the Sổ theo dõi entry; null prints blanks
 * @param receiverName   the official who received the dossier
 * @param lookupUrl      the status page for this dossier, encoded in the QR code
 */
public record Receipt(
        Letterhead letterhead,
        String dossierCode,
        Applicant applicant,
        Proxy proxy,
        String request,
        List<PaperComponent> components,
        int sets,
        String timeLimit,
        ZonedDateTime receivedAt,
        ZonedDateTime appointmentAt,
        String resultDelivery,
        LedgerReference ledger,
        String receiverName,
        URI lookupUrl) implements OfficialPaper {

    public Receipt {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(request, "request");
        components = List.copyOf(components);
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(appointmentAt, "appointmentAt");
        Objects.requireNonNull(receiverName, "receiverName");
        Objects.requireNonNull(lookupUrl, "lookupUrl");
    }

    @Override
    public OfficialForm form() {
        return OfficialForm.RECEIPT;
    }
}
