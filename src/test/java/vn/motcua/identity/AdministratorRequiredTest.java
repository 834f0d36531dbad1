package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Outside the demo profile there is no default password: start-up must stop and say what is missing. */
class AdministratorRequiredTest {

    @Test
    void missingAdministratorCredentialsAreNamedInTheError() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        Set<ConstraintViolation<IdentityProperties.Admin>> violations =
                validator.validate(new IdentityProperties.Admin("", "", null, null));

        assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
                "chưa có tài khoản quản trị: đặt biến môi trường MOTCUA_ADMIN_USER",
                "chưa có mật khẩu quản trị: đặt biến môi trường MOTCUA_ADMIN_PASSWORD");
    }

    /**
     * The binding of application.yaml as start-up does it, without starting the application: a second
     * application whose start fails in this JVM would close the process engine named "default" that the
     * shared test context's webapps and REST API look up.
     */
    @Test
    void startUpStopsWithoutAdministratorCredentialsOutsideTheDemoProfile() {
        ApplicationContextRunner start = new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(Identity.class);

        start.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("MOTCUA_ADMIN_PASSWORD");
        });
        start.withPropertyValues("motcua.identity.admin.id=quantri", "motcua.identity.admin.password=Quan-Tri@2026")
                .run(context -> assertThat(context).hasNotFailed());
        start.withPropertyValues("spring.profiles.active=demo").run(context -> assertThat(context).hasNotFailed());
    }

    @EnableConfigurationProperties(IdentityProperties.class)
    static class Identity {
    }
}
