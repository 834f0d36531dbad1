package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

@MotCuaIntegrationTest
class WebappsTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void eachWebappServesItsPageAndVietnameseLabels(String app) {
        Http anonymous = Http.anonymous(port);

        Http.Response page = anonymous.get("/camunda/app/" + app + "/default/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html");

        Http.Response config = anonymous.get("/camunda/app/" + app + "/scripts/config.js");
        assertThat(config.body()).contains("availableLocales: ['vi', 'en']").contains("fallbackLocale: 'vi'");

        Http.Response vi = anonymous.get("/camunda/app/" + app + "/locales/vi.json");
        assertThat(vi.status()).isEqualTo(200);
        assertThat(vi.json().get("labels").size()).isGreaterThan(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vendorMigrationBannerIsHidden(String app) {
        Http.Response css = Http.anonymous(port).get("/camunda/app/" + app + "/styles/user-styles.css");
        assertThat(css.body()).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
    }

    @Test
    void rootRedirectsToTheWebapps() {
        Http.Response root = Http.anonymous(port).get("/");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).contains("/camunda/app/");
    }
}
