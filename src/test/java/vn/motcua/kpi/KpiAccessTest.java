package vn.motcua.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/** KPIs are for managers, leaders, auditors and the administrator; desk and unit staff get 403, anonymous 401. */
@MotCuaIntegrationTest
class KpiAccessTest {

    private static final String[] PATHS = {"/api/kpi/indicators?period=2026", "/api/kpi/breakdown?by=unit&period=2026-Q1",
            "/api/kpi/service-quality?period=2026-H1", "/api/kpi/dossiers?measure=late&period=2026-03",
            "/api/kpi/trend?period=2026", "/api/kpi/statistics?period=2026", "/api/kpi/statistics.csv?period=2026",
            "/api/kpi/statistics.xlsx?period=2026"};

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"quanly", "kiemtra", "chutich", "admin"})
    void readersSeeEveryKpiSurface(String user) {
        for (String path : PATHS) {
            assertThat(Http.as(port, user).get(path).status()).as(user + " " + path).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiepnhan", "tuphap", "vanphong", "congdvc"})
    void deskUnitAndPortalAccountsAreRefused(String user) {
        for (String path : PATHS) {
            Http.Response response = Http.as(port, user).get(path);
            assertThat(response.status()).as(user + " " + path).isEqualTo(403);
        }
    }

    @Test
    void anonymousUsersMustLogIn() {
        for (String path : PATHS) {
            assertThat(Http.anonymous(port).get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(Http.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(Http.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void prometheusGaugesForManagersAndTheAdministratorOnly() {
        Http.Response scrape = Http.as(port, "quanly").get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("motcua_kpi_target{indicator=\"DIGITIZED-RESULTS\"}",
                "motcua_kpi_actual{indicator=\"TTHC-SATISF\"} NaN", "motcua_kpi_ontime_rate{unit=\"justice\"}");
        assertThat(scrape.body().lines().filter(line -> line.startsWith("motcua_kpi_actual{")).count()).isEqualTo(21);
        assertThat(Http.as(port, "admin").get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(Http.as(port, "tiepnhan").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(Http.as(port, "kiemtra").get("/actuator/prometheus").status()).isEqualTo(403);
    }

    @Test
    void theCockpitDashboardPluginIsRegisteredAndServed() {
        Http.Response config = Http.anonymous(port).get("/camunda/app/cockpit/scripts/config.js");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body()).contains("customScripts: ['scripts/motcua-kpi']");
        Http.Response plugin = Http.anonymous(port).get("/camunda/app/cockpit/scripts/motcua-kpi.js");
        assertThat(plugin.status()).isEqualTo(200);
        assertThat(plugin.body()).contains("pluginPoint: 'cockpit.dashboard'", "/api/kpi/indicators", "/mot-cua/chi-so/");
    }

    @Test
    void badPeriodsAndMeasuresAreAnsweredInVietnamese() {
        Http manager = Http.as(port, "quanly");
        Http.Response period = manager.get("/api/kpi/indicators?period=2026-Q5");
        assertThat(period.status()).isEqualTo(400);
        assertThat(period.json().get("message").asText()).startsWith("Kỳ báo cáo không hợp lệ");
        Http.Response reversed = manager.get("/api/kpi/indicators?from=2026-03-01&to=2026-02-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(manager.get("/api/kpi/dossiers?measure=everything&period=2026").status()).isEqualTo(400);
        assertThat(manager.get("/api/kpi/breakdown?by=colour&period=2026").status()).isEqualTo(400);
        assertThat(manager.get("/api/kpi/indicators?from=2026-01-01").status()).isEqualTo(400);
        assertThat(manager.get("/api/kpi/indicators").json().get("period").get("label").asText())
                .as("no period: the current year").startsWith("Năm ");
    }

    @Test
    void theIndicatorsCarryTargetsAndStatusesForAllTwentyOne() {
        Http.Response response = Http.as(port, "kiemtra").get("/api/kpi/indicators?period=2026");
        assertThat(response.json().get("indicators")).hasSize(21);
        assertThat(response.json().get("indicators").get(0).get("id").asText()).isEqualTo("TTHC-ONTIME");
        assertThat(response.json().get("indicators").get(0).get("target2025").get("text").asText()).isEqualTo("100%");
    }
}
