package vn.motcua.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param agencyCode the receiving agency's electronic identifier (mã định danh điện tử của cơ quan,
 *                   e.g. {@code 000.00.15.H30}); the first part of every dossier code
 * @param centre     the body that issues the one-stop papers, as their letterhead names it
 * @param lookupUrl  the citizens' status page; the receipt's QR code opens it with the dossier code appended.
 *                   Outside the demo profile it comes from the environment only (MOTCUA_LOOKUP_URL).
 */
@Validated
@ConfigurationProperties("motcua.dossier")
public record DossierProperties(
        @NotBlank @Pattern(regexp = "[A-Z0-9.]{3,40}", message = "mã định danh cơ quan không hợp lệ") String agencyCode,
        @NotNull @Valid Centre centre,
        @NotBlank(message = "chưa có địa chỉ trang tra cứu hồ sơ: đặt biến môi trường MOTCUA_LOOKUP_URL "
                + "(ví dụ https://motcua.example.gov.vn/tra-cuu?ma=)")
        @Pattern(regexp = "https?://\\S+", message = "địa chỉ trang tra cứu (MOTCUA_LOOKUP_URL) phải bắt đầu bằng "
                + "http:// hoặc https://")
        String lookupUrl) {

    public record Centre(@NotBlank String parentBody, @NotBlank String name, @NotBlank String abbreviation,
                         @NotBlank String place) {
    }
}
