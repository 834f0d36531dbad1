package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

@MotCuaIntegrationTest
class EngineRestSecurityTest {

    @LocalServerPort
    int port;

    @Test
    void anonymousCallsAreRefused() {
        assertThat(Http.anonymous(port).get("/engine-rest/process-definition").status()).isEqualTo(401);
        assertThat(Http.anonymous(port).get("/engine-rest/user").status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(Http.as(port, "diachinh", "sai-mat-khau").get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void httpBasicIsAccepted() {
        Http.Response response = Http.as(port, "admin").get("/engine-rest/process-definition");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().findValuesAsText("key")).contains("incoming-document");
    }

    @Test
    void ourOwnApiRefusesAnonymousCallsInVietnamese() {
        Http.Response response = Http.anonymous(port).get("/api/khong-ton-tai");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("message").asText()).isEqualTo("Cần đăng nhập để sử dụng chức năng này");
    }
}
