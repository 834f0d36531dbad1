package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * The dossier's steps done in a real browser, in Vietnamese Tasklist, by the user of each unit: the desk
 * receives it on MotCua's intake page with a scan attached, opens it from the check task (where an
 * incomplete form is refused in Vietnamese) and accepts, the unit finds it under "Hồ sơ của phòng tôi" with its due date and completes its step, the
 * leader approves and the desk returns the result.
 */
@MotCuaIntegrationTest
class DossierLifecycleInTasklistIT {

    private static final By USERNAME = By.cssSelector("input[ng-model='username']");
    private static final By PASSWORD = By.cssSelector("input[ng-model='password']");
    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

    @LocalServerPort
    int port;

    @Test
    void eachUnitWorksItsStepInTasklist() throws Exception {
        String code = receiveAtTheDesk();

        inTasklist("tiepnhan", code, "CheckDossier", browser -> {
            // Completing before choosing an outcome: form-js refuses, in Vietnamese.
            browser.click(COMPLETE);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".fjs-form-field-error"), "Trường này bắt buộc."));
            assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("Field is required");
            browser.screenshot("lifecycle-check-required");
            // The form links to the dossier's page, where the scan uploaded at intake is.
            String dossierPage = browser.visible(By.partialLinkText("Xem hồ sơ")).getDomAttribute("href");
            assertThat(dossierPage).isEqualTo("/mot-cua/ho-so/?ma=" + code);
            String tasklist = browser.driver.getWindowHandle();
            browser.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.driver.get("http://localhost:" + port + dossierPage);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tep"), "giay-chung-sinh.pdf"));
            assertThat(browser.driver.findElement(By.id("giay-to")).getText()).contains("Giấy chứng sinh");
            browser.screenshot("lifecycle-dossier-page");
            browser.driver.close();
            browser.driver.switchTo().window(tasklist);
            browser.click(label("Hồ sơ đầy đủ, hợp lệ"));
        });

        inTasklist("tuphap", code, "RecordBirth", browser -> {
            String filter = Http.as(port, "tuphap").get("/engine-rest/filter?name="
                    + URLEncoder.encode("Hồ sơ của phòng tôi", StandardCharsets.UTF_8)).json().get(0).get("id").asText();
            browser.driver.get(base() + "#/?filter=" + filter);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Kiểm tra, ghi Sổ đăng ký khai sinh"));
            // The list shows the step's due date (from its budget in the model) under its name.
            String item = browser.visible(By.xpath("//li[contains(., 'Kiểm tra, ghi Sổ đăng ký khai sinh')]")).getText();
            assertThat(item).contains("Hạn xử lý");
            browser.screenshot("lifecycle-unit-filter");
        }, browser -> {
            browser.type(field("Số định danh cá nhân cấp cho trẻ"), "042226000321");
            browser.type(field("Số đăng ký trong Sổ đăng ký khai sinh"), "31");
        });

        inTasklist("chutich", code, "Approve", browser -> browser.click(label("Đồng ý, ký ban hành")));

        inTasklist("tiepnhan", code, "ReturnResult", browser ->
                browser.click(label("Trực tiếp tại Trung tâm Phục vụ hành chính công")));

        JsonNode dossier = Http.as(port, "tiepnhan").get("/api/dossiers/" + code).json();
        assertThat(dossier.get("status").asText()).isEqualTo("RETURNED");
        assertThat(dossier.get("events").findValuesAsText("actor")).contains("tiepnhan", "tuphap", "chutich");
    }

    /** The desk, signed in to Tasklist, receives the dossier on MotCua's intake page with a scan attached. */
    private String receiveAtTheDesk() throws Exception {
        Path scan = Files.createTempFile("giay-chung-sinh", ".pdf");
        Files.write(scan, "%PDF-1.4\n% Giấy chứng sinh (bản quét)\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        Path named = scan.resolveSibling("giay-chung-sinh.pdf");
        Files.move(scan, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Browser browser = new Browser("vi")) {
            logIn(browser, "tiepnhan");
            browser.driver.get("http://localhost:" + port + "/mot-cua/tiep-nhan/");
            browser.select(By.id("thu-tuc"), "1.001193");
            browser.wait.until(driver -> browser.visible(By.cssSelector("tr[data-paper]")) != null);
            browser.type(By.id("ho-ten"), "Lương Thị Thu");
            browser.type(By.id("cccd"), "042190008888");
            browser.type(By.id("dien-thoai"), "0912000111");
            WebElement birthCertificate = browser.driver.findElement(
                    By.xpath("//tr[@data-paper][contains(., 'Giấy chứng sinh')]"));
            birthCertificate.findElement(By.cssSelector("input.file")).sendKeys(named.toString());
            browser.screenshot("intake-filled");
            browser.click(By.id("nop"));
            browser.wait.until(driver -> browser.visible(By.id("ma-ho-so")) != null
                    && !browser.visible(By.id("ma-ho-so")).getText().isBlank());
            browser.screenshot("intake-done");
            assertThat(browser.driver.findElement(By.id("thong-bao")).getText()).startsWith("Đã tạo hồ sơ");
            return browser.visible(By.id("ma-ho-so")).getText();
        } finally {
            Files.deleteIfExists(named);
        }
    }

    private void logIn(Browser browser, String user) {
        browser.driver.get(base());
        browser.type(USERNAME, user);
        browser.type(PASSWORD, Http.DEMO_PASSWORD);
        browser.click(By.cssSelector("button[type='submit']"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Bắt đầu quy trình"));
    }

    private static By label(String text) {
        return By.xpath("//label[contains(normalize-space(.), '" + text + "')]");
    }

    private static By field(String labelText) {
        return By.xpath("//label[contains(normalize-space(.), '" + labelText + "')]/following::input[1]");
    }

    interface Step {
        void on(Browser browser);
    }

    private void inTasklist(String user, String code, String taskKey, Step fill) {
        inTasklist(user, code, taskKey, browser -> { }, fill);
    }

    /** Logs in as the user, opens their task of this dossier, fills its form and completes it. */
    private void inTasklist(String user, String code, String taskKey, Step before, Step fill) {
        Http http = Http.as(port, user);
        JsonNode tasks = http.get("/engine-rest/task?processInstanceBusinessKey=" + code + "&taskDefinitionKey=" + taskKey)
                .json();
        assertThat(tasks).as("%s sees the %s task", user, taskKey).hasSize(1);
        String task = tasks.get(0).get("id").asText();
        assertThat(http.post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"" + user + "\"}").status())
                .isEqualTo(204);
        try (Browser browser = new Browser("vi")) {
            logIn(browser, user);
            before.on(browser);
            browser.driver.get(base() + "#/?task=" + task);
            browser.wait.until(driver -> browser.visible(COMPLETE) != null);
            browser.wait.until(driver -> browser.visible(By.cssSelector(".fjs-container")) != null);
            fill.on(browser);
            browser.screenshot("lifecycle-" + taskKey);
            browser.wait.until(driver -> browser.visible(COMPLETE).isEnabled());
            browser.settle();
            browser.click(COMPLETE);
            try {
                browser.wait.until(driver -> http.get("/engine-rest/task/" + task).status() == 404);
            } finally {
                browser.screenshot("lifecycle-" + taskKey + "-after");
            }
        }
    }

    private String base() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }
}
