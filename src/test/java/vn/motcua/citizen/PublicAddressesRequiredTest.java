package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.motcua.MotCuaApplication;
import vn.motcua.dossier.DossierProperties;

/**
 * The addresses citizens are sent to (receipt QR code, messages, rating link) have no default outside the demo
 * profile: a receipt pointing at localhost reaches nobody, so start-up stops and names the variable to set.
 */
class PublicAddressesRequiredTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void missingAddressesAreNamedInTheError() {
        DossierProperties dossier = new DossierProperties("000.00.15.H30",
                new DossierProperties.Centre("UBND xã Sơn Trung", "Trung tâm", "TTPVHCC", "Sơn Trung"), "");
        assertThat(validator.validate(dossier)).extracting(ConstraintViolation::getMessage)
                .anySatisfy(message -> assertThat(message).startsWith("chưa có địa chỉ trang tra cứu hồ sơ")
                        .contains("MOTCUA_LOOKUP_URL"));
        assertThat(validator.validate(new CitizenProperties.Rating("", Duration.ofDays(30))))
                .extracting(ConstraintViolation::getMessage)
                .anySatisfy(message -> assertThat(message).startsWith("chưa có địa chỉ trang đánh giá")
                        .contains("MOTCUA_RATING_URL"));
        assertThat(validator.validate(new CitizenProperties.Rating("motcua.example.gov.vn/danh-gia?t=",
                Duration.ofDays(30)))).extracting(ConstraintViolation::getMessage)
                .containsExactly("địa chỉ trang đánh giá (MOTCUA_RATING_URL) phải bắt đầu bằng http:// hoặc https://");
        assertThat(validator.validate(new CitizenProperties.Rating("https://motcua.example.gov.vn/danh-gia?t=",
                Duration.ofDays(30)))).isEmpty();
    }

    @Test
    void applicationDoesNotStartWithoutTheLookupAddress() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(MotCuaApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=jdbc:h2:mem:no-lookup-url;DB_CLOSE_DELAY=-1",
                        "camunda.bpm.job-execution.enabled=false");

        // Arguments, as the environment does, outrank application.yaml; properties() would not.
        assertThatThrownBy(() -> application.run("--motcua.identity.admin.id=quantri",
                "--motcua.identity.admin.password=Quan-Tri@2026",
                "--motcua.citizen.rating.url=https://motcua.example.gov.vn/danh-gia?t="))
                .hasStackTraceContaining("MOTCUA_LOOKUP_URL");
    }
}
