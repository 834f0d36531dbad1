package vn.motcua.citizen.signature;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The commune's signing certificate (PKCS#12). In production point {@code keystore} at the file the
 * certification authority issued and pass the password through the environment; a PKCS#11 token
 * (USB token, HSM) plugs in as another {@code KeyStore} type (see docs/citizens.md). Blank keystore:
 * signing is off and the endpoints say so.
 *
 * @param generateDemo demo profile only: create a self-signed keystore at {@code keystore} when missing
 */
@Validated
@ConfigurationProperties("motcua.signature")
public record SigningProperties(String keystore, String password, @NotBlank String alias, boolean generateDemo,
                                @NotBlank String signerName, @NotBlank String location, @NotBlank String reason) {

    public boolean enabled() {
        return keystore != null && !keystore.isBlank();
    }
}
