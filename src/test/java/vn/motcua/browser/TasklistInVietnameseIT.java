package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/** A desk officer with a Vietnamese browser logs in to Tasklist and sees it in Vietnamese. */
@MotCuaIntegrationTest
class TasklistInVietnameseIT {

    private static final By USERNAME = By.cssSelector("input[ng-model='username']");
    private static final By PASSWORD = By.cssSelector("input[ng-model='password']");

    @LocalServerPort
    int port;

    @Test
    void tasklistRendersInVietnamese() {
        try (Browser browser = new Browser("vi")) {
            browser.driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
            browser.wait.until(ExpectedConditions.attributeToBe(USERNAME, "placeholder", "Tên đăng nhập"));
            browser.screenshot("tasklist-login-vi");
            assertThat(browser.visible(PASSWORD).getDomAttribute("placeholder")).isEqualTo("Mật khẩu");
            assertThat(browser.visible(By.cssSelector("button[type='submit']")).getText()).isEqualTo("Đăng nhập");

            browser.type(USERNAME, "tiepnhan");
            browser.type(PASSWORD, Http.DEMO_PASSWORD);
            browser.click(By.cssSelector("button[type='submit']"));

            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Bắt đầu quy trình"));
            browser.screenshot("tasklist-home-vi");
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains("Bắt đầu quy trình").doesNotContain("Start process");
            assertThat(page).doesNotContain("migrate to Camunda 8");
        }
    }
}
