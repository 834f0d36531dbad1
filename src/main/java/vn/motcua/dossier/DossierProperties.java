package vn.motcua.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param agencyCode the receiving agency's electronic identifier (mã định danh điện tử của cơ quan,
 *                   e.g. {@code 000.00.15.H30}); the first part of every dossier code
 */
@Validated
@ConfigurationProperties("motcua.dossier")
public record DossierProperties(
        @NotBlank @Pattern(regexp = "[A-Z0-9.]{3,40}", message = "mã định danh cơ quan không hợp lệ") String agencyCode) {
}
