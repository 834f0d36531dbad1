package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/** The staff catalogue page (/mot-cua/thu-tuc/), reached with the Tasklist login, lists the deployed procedures. */
@MotCuaIntegrationTest
class ProcedureCataloguePageIT {

    private static final By USERNAME = By.cssSelector("input[ng-model='username']");
    private static final By PASSWORD = By.cssSelector("input[ng-model='password']");
    private static final By CARDS = By.cssSelector("#ds article.procedure");

    @LocalServerPort
    int port;

    @Test
    void listsTheProceduresWithTheirLimitsPapersAndOnlineLevelAndFiltersWithoutDiacritics() {
        try (Browser browser = new Browser("vi")) {
            browser.driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
            browser.type(USERNAME, "tiepnhan");
            browser.type(PASSWORD, Http.DEMO_PASSWORD);
            browser.click(By.cssSelector("button[type='submit']"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Bắt đầu quy trình"));

            browser.driver.get("http://localhost:" + port + "/mot-cua/thu-tuc");
            browser.wait.until(driver -> driver.findElements(CARDS).size() >= 8);
            assertThat(browser.driver.getCurrentUrl()).endsWith("/mot-cua/thu-tuc/");
            assertThat(browser.driver.getTitle()).isEqualTo("Danh mục thủ tục hành chính – Một cửa");

            WebElement marriage = browser.driver.findElement(By.cssSelector("article[data-code='1.000894']"));
            assertThat(marriage.findElement(By.tagName("h2")).getText()).contains("1.000894", "Đăng ký kết hôn");
            assertThat(marriage.getText())
                    .contains("Trong ngày (nhận hồ sơ sau 15 giờ thì trả trong ngày làm việc tiếp theo)")
                    .contains("Cần xác minh điều kiện kết hôn: 05 ngày làm việc")
                    .contains("(được tái sử dụng)")
                    .contains("Dịch vụ công trực tuyến một phần")
                    .contains("Tư pháp – Hộ tịch")
                    .contains("Luật Hộ tịch số 60/2014/QH13, Điều 17–18");

            browser.type(By.id("loc"), "ket hon");
            browser.wait.until(driver -> driver.findElements(CARDS).size() == 1);
            List<String> shown = browser.driver.findElements(CARDS).stream().map(card -> card.getDomAttribute("data-code")).toList();
            assertThat(shown).containsExactly("1.000894");
            assertThat(browser.driver.findElement(By.id("dem")).getText()).matches("1 / \\d+ thủ tục");
            browser.screenshot("procedure-catalogue");
        }
    }
}
