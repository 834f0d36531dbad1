package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * Login throttling stays on: repeated wrong passwords delay and then lock the account, on our API as in the
 * webapps, until an administrator unlocks it (docs/operations.md). Uses its own user, not a demo account.
 */
@MotCuaIntegrationTest
class LoginThrottlingTest {

    private static final String USER = "thukhoa";
    private static final String PASSWORD = "KhoaThu@2026";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @BeforeEach
    void user() {
        User user = identity.newUser(USER);
        user.setFirstName("Thử");
        user.setLastName("Khóa");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(USER, "desk");
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        identity.deleteUser(USER);
    }

    @Test
    void tenWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        Date now = Date.from(java.time.Instant.parse("2026-03-02T02:00:00Z"));
        ClockUtil.setCurrentTime(now);
        assertThat(Http.as(port, USER, "sai-mat-khau").get("/api/dossiers/x").status()).isEqualTo(401);
        // Within the delay after a failure even the right password is refused.
        assertThat(Http.as(port, USER, PASSWORD).get("/api/dossiers/x").status()).as("delayed").isEqualTo(401);

        for (int attempt = 2; attempt <= 10; attempt++) {
            now = new Date(now.getTime() + 61_000); // past the longest delay (login-delay-max-time 60 s)
            ClockUtil.setCurrentTime(now);
            assertThat(identity.checkPassword(USER, "sai-mat-khau")).isFalse();
        }
        ClockUtil.setCurrentTime(new Date(now.getTime() + 3_600_000));
        assertThat(identity.checkPassword(USER, PASSWORD)).as("locked after 10 failures, an hour later").isFalse();
        assertThat(Http.as(port, USER, PASSWORD).get("/api/dossiers/x").status()).as("locked").isEqualTo(401);

        assertThat(Http.as(port, "tiepnhan").post("/engine-rest/user/" + USER + "/unlock", "").status())
                .as("only an administrator unlocks").isEqualTo(403);
        assertThat(Http.as(port, "admin").post("/engine-rest/user/" + USER + "/unlock", "").status()).isEqualTo(204);
        assertThat(identity.checkPassword(USER, PASSWORD)).isTrue();
        assertThat(Http.as(port, USER, PASSWORD).get("/api/dossiers/x").status()).as("unlocked").isEqualTo(404);
    }
}
