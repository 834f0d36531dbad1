package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * The dossier's steps done in a real browser, in Vietnamese Tasklist, by the user of each unit: the desk
 * accepts, the unit finds it under "Hồ sơ của phòng tôi" with its due date and completes its step, the
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
    void eachUnitWorksItsStepInTasklist() {
        String code = Http.as(port, "tiepnhan").post("/api/dossiers", """
                {"procedureCode": "1.001193", "channel": "COUNTER",
                 "applicant": {"kind": "CITIZEN", "fullName": "Lương Thị Thu", "idNumber": "042190008888"},
                 "papers": [{"name": "Giấy chứng sinh", "originals": 1, "copies": 0}]}
                """).json().get("code").asText();

        inTasklist("tiepnhan", code, "CheckDossier", browser -> browser.click(label("Hồ sơ đầy đủ, hợp lệ")));

        inTasklist("tuphap", code, "RecordBirth", browser -> {
            String filter = Http.as(port, "tuphap").get("/engine-rest/filter?name="
                    + URLEncoder.encode("Hồ sơ của phòng tôi", StandardCharsets.UTF_8)).json().get(0).get("id").asText();
            browser.driver.get(base() + "#/?filter=" + filter);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Kiểm tra, ghi Sổ đăng ký khai sinh"));
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
            browser.driver.get(base());
            browser.type(USERNAME, user);
            browser.type(PASSWORD, Http.DEMO_PASSWORD);
            browser.click(By.cssSelector("button[type='submit']"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Bắt đầu quy trình"));
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
