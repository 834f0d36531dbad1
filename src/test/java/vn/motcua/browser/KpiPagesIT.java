package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierPauses;
import vn.motcua.kpi.KpiHistories;
import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;
import vn.motcua.support.WebappLogin;

/**
 * The KPI page and the Cockpit dashboard plugin in headless Chromium, on dossiers seeded in 2030
 * (a year no other test uses; the engine clock is set inside it, so it is the "current year"):
 * one early online dossier with an electronic result and one late counter dossier.
 */
@MotCuaIntegrationTest
class KpiPagesIT {

    private static final By USERNAME = By.cssSelector("input[ng-model='username']");
    private static final By PASSWORD = By.cssSelector("input[ng-model='password']");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DossierIntake intake;
    @Autowired
    DossierPauses pauses;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void managersSeeTheSeededFiguresOnTheKpiPage() {
        init(engine);
        KpiHistories h = new KpiHistories(engine, intake, pauses);
        KpiHistories.at(2030, 3, 4, 9, 0);
        ProcessInstance early = h.receive(KpiHistories.MARITAL_STATUS, Channel.ONLINE);
        h.accept(early, true);
        KpiHistories.at(2030, 3, 5, 9, 0);
        h.resolve(early, KpiHistories.MARITAL_STATUS, true);
        KpiHistories.at(2030, 3, 11, 9, 0);
        ProcessInstance late = h.receive(KpiHistories.MARITAL_STATUS, Channel.COUNTER);
        h.accept(late, false);
        KpiHistories.at(2030, 3, 18, 9, 0);
        h.resolve(late, KpiHistories.MARITAL_STATUS, false);
        // The browser part runs on the real clock; the page is asked for 2030 explicitly.
        ClockUtil.reset();
        try (Browser browser = new Browser("vi")) {
            logIn(browser, "quanly", "cockpit");
            // Signed in through the webapps: the same session opens our KPI page (single sign-on).
            browser.driver.get(base() + "/mot-cua/chi-so/?ky=2030");
            try {
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#indicators[data-state='ready']")));
            } finally {
                browser.screenshot("kpi-page-loaded");
            }
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#statistics tbody tr")));
            browser.screenshot("kpi-page");
            assertThat(browser.driver.findElement(By.id("period-label")).getText()).isEqualTo("Năm 2030");
            WebElement row = browser.driver.findElement(By.cssSelector("#indicators tr[data-indicator='TTHC-ONTIME']"));
            assertThat(row.findElement(By.cssSelector(".actual")).getText()).isEqualTo("50 %");
            assertThat(row.findElement(By.cssSelector(".status")).getDomAttribute("data-status")).isEqualTo("NOT_MET");
            assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("Chưa đạt");
            assertThat(browser.driver.findElement(By.cssSelector("#indicators tr[data-indicator='DIGITIZED-RESULTS'] .actual"))
                    .getText()).isEqualTo("50 %");
            assertThat(browser.driver.findElement(By.cssSelector("#indicators tr[data-indicator='ONLINE-INTAKE'] .actual"))
                    .getText()).isEqualTo("50 %");
            assertThat(browser.driver.findElement(By.cssSelector("#indicators tr[data-indicator='STAFF-DEGREE'] .status"))
                    .getText()).isEqualTo("Chưa có dữ liệu");
            assertThat(browser.driver.findElement(By.id("trend-chart")).getDomAttribute("data-months")).isEqualTo("1");
            assertThat(browser.driver.findElement(By.id("procedure-chart")).getDomAttribute("data-procedures")).isEqualTo("1");
            WebElement civil = browser.driver.findElement(By.cssSelector("#statistics tr[data-field='Hộ tịch']"));
            // Columns (4), (5) and (7)–(10) of the form; dossiers other tests left open are carried over
            // (column 6), so not (3) and (6).
            List<String> cells = civil.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertThat(cells.subList(2, 4)).containsExactly("1", "1");
            assertThat(cells.subList(5, 9)).containsExactly("2", "1", "0", "1");

            browser.click(By.cssSelector("#statistics tr[data-field='Hộ tịch'] a[data-measure='LATE']"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("drill"), late.getBusinessKey()));
            assertThat(browser.driver.findElement(By.id("drill-caption")).getText()).isEqualTo("1 hồ sơ quá hạn");
            assertThat(browser.driver.findElement(By.id("drill")).getText()).doesNotContain(early.getBusinessKey());
        }
    }

    /**
     * Not yet passing: in headless Chromium, Cockpit shows its login form on the dashboard although the
     * same browser session answers /camunda/api/admin/auth/user/default with 200 (checked below).
     * The plugin file and its registration are checked over HTTP in KpiAccessTest.
     */
    @Test
    void cockpitDashboardPluginShowsThisYearsIndicators() {
        JsonNode thisYear = Http.as(port, "quanly").get("/api/kpi/indicators").json();
        JsonNode onTimeNow = thisYear.get("indicators").get(0);
        try (Browser browser = new Browser("vi")) {
            // The subject here is the plugin, not the login form (covered by the other tests): sign in over
            // HTTP and hand the session to the browser, which keeps Cockpit's flaky headless login out of it.
            String cookies = WebappLogin.session(port, "quanly", "cockpit");
            browser.driver.get(base() + "/favicon.ico");
            for (String cookie : cookies.split("; ")) {
                String[] pair = cookie.split("=", 2);
                browser.driver.manage().addCookie(new org.openqa.selenium.Cookie(pair[0], pair[1], "/"));
            }
            Object check = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch('/camunda/api/admin/auth/user/default', {credentials: 'same-origin'})"
                    + ".then(r => r.text().then(t => done(r.status + ' ' + t + ' cookies=' + document.cookie)))"
                    + ".catch(e => done('error ' + e));");
            assertThat(String.valueOf(check)).startsWith("200");
            browser.driver.get(base() + "/camunda/app/cockpit/default/#/dashboard");
            try {
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#motcua-kpi:not([data-state='loading'])")));
            } finally {
                browser.screenshot("kpi-cockpit-plugin");
            }
            assertThat(browser.driver.findElement(By.id("motcua-kpi")).getDomAttribute("data-state"))
                    .as(browser.driver.findElement(By.id("motcua-kpi")).getText()).isEqualTo("ready");
            // The plugin shows the current year: the same figures the API gives for it.
            assertThat(browser.driver.findElements(By.cssSelector("#motcua-kpi tr[data-indicator]"))).hasSize(21);
            WebElement onTime = browser.driver.findElement(By.cssSelector("#motcua-kpi tr[data-indicator='TTHC-ONTIME']"));
            assertThat(onTime.getDomAttribute("data-status")).isEqualTo(onTimeNow.get("status").asText());
            assertThat(onTime.getText()).contains(onTimeNow.get("actual").isNull() ? "Chưa có dữ liệu"
                    : onTimeNow.get("actual").decimalValue().stripTrailingZeros().toPlainString() + " %");
            JsonNode satisfactionNow = thisYear.get("indicators").get(1);
            assertThat(satisfactionNow.get("id").asText()).isEqualTo("TTHC-SATISF");
            assertThat(browser.driver.findElement(By.cssSelector("#motcua-kpi tr[data-indicator='TTHC-SATISF']")).getText())
                    .contains(satisfactionNow.get("actual").isNull() ? "Chưa có dữ liệu"
                            : satisfactionNow.get("actual").decimalValue().stripTrailingZeros().toPlainString() + " %");
            assertThat(browser.driver.findElement(By.id("motcua-kpi")).getText())
                    .contains(thisYear.get("period").get("label").asText());
            assertThat(browser.driver.findElement(By.id("motcua-kpi-link")).getDomAttribute("href"))
                    .startsWith("/mot-cua/chi-so/?ky=");

        }
    }

    @Test
    void deskStaffCannotOpenTheKpiPage() {
        try (Browser browser = new Browser("vi")) {
            logIn(browser, "tiepnhan", "tasklist");
            browser.driver.get(base() + "/mot-cua/chi-so/");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "không có quyền"));
        }
        assertThat(Http.anonymous(port).get("/mot-cua/chi-so/").status()).as("anonymous: to the login").isEqualTo(302);
    }

    private void logIn(Browser browser, String user, String app) {
        browser.driver.get(base() + "/camunda/app/" + app + "/default/");
        // The login form may be on screen before AngularJS binds it, and then the typed values are lost:
        // try again (at most three times) rather than wait the whole timeout once.
        for (int attempt = 1; ; attempt++) {
            browser.type(USERNAME, user);
            browser.type(PASSWORD, Http.DEMO_PASSWORD);
            browser.settle();
            browser.click(By.cssSelector("button[type='submit']"));
            try {
                // Signed in once the webapps' own API knows the user in this browser. The check may start while
                // the login still navigates the page, which drops the script's callback: ask again shortly.
                browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(3));
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                        .ignoring(org.openqa.selenium.ScriptTimeoutException.class)
                        .until(driver -> "200".equals(String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver)
                                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                                        + "fetch('/camunda/api/admin/auth/user/default', {credentials: 'same-origin'})"
                                        + ".then(r => done(String(r.status))).catch(() => done('error'));"))));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
