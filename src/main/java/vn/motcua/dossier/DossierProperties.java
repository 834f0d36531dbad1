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
 * @param lookupUrl  the citizens' status page; the receipt's QR code opens it with the dossier code appended
 */
@Validated
@ConfigurationProperties("motcua.dossier")
public record DossierProperties(
        @NotBlank @Pattern(regexp = "[A-Z0-9.]{3,40}", message = "mã định danh cơ quan không hợp lệ") String agencyCode,
        @NotNull @Valid Centre centre,
        @NotBlank String lookupUrl) {

    public record Centre(@NotBlank String parentBody, @NotBlank String name, @NotBlank String abbreviation,
                         @NotBlank String place) {
    }
}
