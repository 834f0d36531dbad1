package vn.motcua.identity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who can log in at start-up. The administrator always comes from the environment
 * (MOTCUA_ADMIN_USER, MOTCUA_ADMIN_PASSWORD); demo users exist only in the demo profile.
 */
@Validated
@ConfigurationProperties("motcua.identity")
public record IdentityProperties(
        @NotNull @Valid Admin admin,
        List<@Valid DemoUser> demoUsers,
        String demoPassword) {

    public IdentityProperties {
        demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
    }

    public record Admin(
            @NotBlank(message = "chưa có tài khoản quản trị: đặt biến môi trường MOTCUA_ADMIN_USER") String id,
            @NotBlank(message = "chưa có mật khẩu quản trị: đặt biến môi trường MOTCUA_ADMIN_PASSWORD") String password,
            String firstName,
            String lastName) {
    }

    public record DemoUser(@NotBlank String id, @NotBlank String firstName, @NotBlank String lastName,
                           List<String> groups) {

        public DemoUser {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}
