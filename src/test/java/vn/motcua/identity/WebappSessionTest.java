package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;
import vn.motcua.support.WebappLogin;

/** Staff signed in to Tasklist use our pages and API with the same session. */
@MotCuaIntegrationTest
class WebappSessionTest {

    private static final String UNKNOWN_DOSSIER = "/api/dossiers/KHONG-CO";

    @LocalServerPort
    int port;

    @Test
    void theTasklistSessionSignsStaffInOnOurApi() {
        Http browser = Http.withSession(port, WebappLogin.session(port, "tiepnhan", "tasklist"));

        // Signed in: the dossier is simply not there (404), not "please log in" (401).
        assertThat(browser.get(UNKNOWN_DOSSIER).status()).isEqualTo(404);
        assertThat(Http.anonymous(port).get(UNKNOWN_DOSSIER).status()).isEqualTo(401);
    }

    @Test
    void theSessionKeepsTheUsersOwnRights() {
        Http auditor = Http.withSession(port, WebappLogin.session(port, "kiemtra", "cockpit"))
                .withHeader("X-Requested-With", "XMLHttpRequest");

        assertThat(auditor.post("/api/dossiers", "{}").status()).isEqualTo(403);
    }

    @Test
    void aStateChangingRequestOnTheSessionNeedsTheAjaxHeader() {
        Http browser = Http.withSession(port, WebappLogin.session(port, "tiepnhan", "tasklist"));
        String pause = UNKNOWN_DOSSIER + "/pause";

        // A cross-site form can post with the cookie but cannot add the header: not signed in.
        Http.Response forged = browser.post(pause, "{\"reason\":\"SUPPLEMENT\"}");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).isNotNull();

        Http.Response fromPage = browser.withHeader("X-Requested-With", "XMLHttpRequest")
                .post(pause, "{\"reason\":\"SUPPLEMENT\"}");
        assertThat(fromPage.status()).isEqualTo(404);
    }

    @Test
    void aPageScriptWithoutSessionGetsA401WithoutTheBrowsersLoginBox() {
        Http.Response response = Http.anonymous(port).withHeader("X-Requested-With", "XMLHttpRequest")
                .get(UNKNOWN_DOSSIER);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isNull();
        assertThat(response.json().get("message").asText()).isEqualTo("Cần đăng nhập để sử dụng chức năng này");
    }

    @Test
    void aStaffPageWithoutSessionSendsTheBrowserToTheWebappLogin() {
        Http.Response response = Http.anonymous(port).get("/mot-cua/tiep-nhan/");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/camunda/app/welcome/default/#!/login");
    }

    @Test
    void loggingOutOfTheWebappsEndsTheSessionOnOurPagesToo() {
        String cookies = WebappLogin.session(port, "tiepnhan", "tasklist");
        Http browser = Http.withSession(port, cookies);
        assertThat(browser.get(UNKNOWN_DOSSIER).status()).isEqualTo(404);

        assertThat(WebappLogin.logout(port, cookies)).isEqualTo(200);

        assertThat(browser.get(UNKNOWN_DOSSIER).status()).isEqualTo(401);
    }
}
