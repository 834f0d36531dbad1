package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

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

    /**
     * The binding of application.yaml as start-up does it, without starting the application: a second
     * application whose start fails in this JVM would close the process engine named "default" that the
     * shared test context's webapps and REST API look up.
     */
    @Test
    void startUpStopsWithoutTheLookupAddressOutsideTheDemoProfile() {
        ApplicationContextRunner start = new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(Addresses.class);

        start.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("MOTCUA_LOOKUP_URL");
        });
        start.withPropertyValues("motcua.dossier.lookup-url=https://motcua.example.gov.vn/tra-cuu?ma=")
                .run(context -> assertThat(context).hasNotFailed());
        start.withPropertyValues("spring.profiles.active=demo").run(context -> assertThat(context).hasNotFailed());
    }

    @EnableConfigurationProperties(DossierProperties.class)
    static class Addresses {
    }
}
