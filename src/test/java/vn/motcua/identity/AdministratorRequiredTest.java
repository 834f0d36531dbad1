package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.motcua.MotCuaApplication;

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

    @Test
    void applicationDoesNotStartWithoutAdministratorCredentials() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(MotCuaApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=jdbc:h2:mem:no-admin;DB_CLOSE_DELAY=-1",
                        "camunda.bpm.job-execution.enabled=false",
                        "motcua.identity.admin.id=",
                        "motcua.identity.admin.password=");

        // The citizens' addresses are given (they too have no default here), so the administrator is what is missing.
        assertThatThrownBy(() -> application.run("--motcua.dossier.lookup-url=https://motcua.example.gov.vn/tra-cuu?ma=",
                "--motcua.citizen.rating.url=https://motcua.example.gov.vn/danh-gia?t="))
                .hasStackTraceContaining("MOTCUA_ADMIN_PASSWORD");
    }
}
