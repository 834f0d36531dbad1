package vn.motcua.paper;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One dossier in the Sổ theo dõi hồ sơ. The "Ký nhận" column stays empty: it is signed by hand when
 * the result is collected.
 *
 * @param applicantContact the "Địa chỉ, số điện thoại" column
 * @param leadBody         cơ quan chủ trì giải quyết
 * @param returnedAt       null while the result has not been returned
 * @param deliveryMethod   phương thức nhận kết quả ("Trực tiếp", "Bưu chính", "Trực tuyến")
 */
public record LedgerRow(
        String dossierCode,
        String procedureName,
        String applicantName,
        String applicantContact,
        String leadBody,
        ZonedDateTime receivedAt,
        ZonedDateTime appointmentAt,
        ZonedDateTime returnedAt,
        String deliveryMethod) {

    public LedgerRow {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(appointmentAt, "appointmentAt");
    }
}
