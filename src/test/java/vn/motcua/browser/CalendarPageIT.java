package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.MotCuaIntegrationTest;

/** The public staff calendar page (/lich): a month with Tết, the lunar calendar and the deadline calculator. */
@MotCuaIntegrationTest
class CalendarPageIT {

    private static final By GRID = By.id("lich");
    private static final By RESULT = By.cssSelector("#deadline-result[data-state='ready'], #deadline-result[data-state='error']");

    @LocalServerPort
    int port;

    @Test
    void showsTetFebruary2026AndComputesADeadline() {
        try (Browser browser = new Browser("vi")) {
            // Without a login and without the trailing slash: /lich redirects to /lich/ and keeps the month.
            browser.driver.get("http://localhost:" + port + "/lich?thang=2026-02");
            waitForMonth(browser, "2026-02");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/lich/?thang=2026-02");
            assertThat(text(browser, By.id("month-title"))).isEqualTo("Tháng 2 năm 2026");
            assertThat(browser.driver.findElements(By.cssSelector("#lich thead th")).stream().map(WebElement::getText))
                    .containsExactly("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật");

            // Tết Bính Ngọ: Mon 16/02 – Fri 20/02/2026 (Thông báo 9441/TB-BNV); 17/02 is mùng 1 tháng Giêng.
            for (int day = 16; day <= 20; day++) {
                WebElement cell = cell(browser, "2026-02-" + day);
                assertThat(cell.getDomAttribute("data-kind")).as("kind of %d/02", day).isEqualTo("holiday");
                assertThat(cell.getText()).as("text of %d/02", day).contains("Tết Nguyên đán");
                assertThat(cell.findElement(By.tagName("button")).getDomAttribute("title"))
                        .contains("Căn cứ: Thông báo 9441/TB-BNV");
            }
            assertThat(cell(browser, "2026-02-17").findElement(By.className("lunar")).getText()).isEqualTo("1/1");
            assertThat(cell(browser, "2026-02-16").findElement(By.className("lunar")).getText()).isEqualTo("29");
            assertThat(cell(browser, "2026-02-01").findElement(By.className("lunar")).getText()).isEqualTo("14/12");
            assertThat(cell(browser, "2026-02-14").getDomAttribute("data-kind")).isEqualTo("weekend");
            assertThat(cell(browser, "2026-02-23").getDomAttribute("data-kind")).isEqualTo("working");
            assertThat(browser.visible(By.id("estimate"))).as("2026 is an official year").isNull();
            assertThat(browser.driver.findElements(By.cssSelector("#summary li")).stream().map(WebElement::getText))
                    .singleElement().satisfies(line -> assertThat(line)
                            .contains("16/02 – 20/02 (thứ Hai – thứ Sáu)").contains("Tết Nguyên đán").contains("Nghỉ lễ, Tết"));

            // Tapping a day shows its detail with the legal source.
            browser.driver.findElement(By.cssSelector("td[data-date='2026-02-17'] button")).click();
            assertThat(text(browser, By.id("detail")))
                    .contains("Thứ Ba, ngày 17/02/2026")
                    .contains("Âm lịch: mùng 1 tháng Giêng năm Bính Ngọ")
                    .contains("Tết Nguyên đán (mùng 1 tháng Giêng)")
                    .contains("Căn cứ: Thông báo 9441/TB-BNV");

            // Deadline: received Fri 24/01/2025 16:00, 1 working day → Mon 03/02/2025 17:00 (Tết 25/01–02/02).
            // Keys typed into a native date-time field follow the browser's locale format (the headless test
            // browser uses mm/dd/yyyy whatever --lang says), so the value is set as the browser's picker sets it.
            WebElement start = browser.driver.findElement(By.id("start"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];"
                    + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", start, "2025-01-24T16:00");
            assertThat(text(browser, By.id("start-echo"))).isEqualTo("Đã chọn: 16 giờ 00, thứ Sáu, ngày 24/01/2025");
            WebElement amount = browser.driver.findElement(By.id("amount"));
            amount.clear();
            amount.sendKeys("1");
            new Select(browser.driver.findElement(By.id("unit"))).selectByValue("WORKING_DAYS");
            browser.driver.findElement(By.id("calculate")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(RESULT));
            fullPageScreenshot(browser, "calendar-page", 1400);
            assertThat(text(browser, By.cssSelector("#deadline-result .due")))
                    .isEqualTo("Hạn trả kết quả: 17 giờ 00, thứ Hai, ngày 03/02/2025");

            // The due date can be looked up on the calendar.
            browser.driver.findElement(By.cssSelector("#deadline-result button.link")).click();
            waitForMonth(browser, "2025-02");
            assertThat(cell(browser, "2025-02-03").getDomAttribute("class")).contains("selected");
            assertThat(text(browser, By.id("detail"))).contains("Thứ Hai, ngày 03/02/2025");

            // A bad amount shows the API's Vietnamese message.
            amount.clear();
            amount.sendKeys("abc");
            browser.driver.findElement(By.id("calculate")).click();
            browser.wait.until(ExpectedConditions.attributeToBe(By.id("deadline-result"), "data-state", "error"));
            assertThat(text(browser, By.cssSelector("#deadline-result .error"))).startsWith("Thời hạn không hợp lệ");

            // Back to February 2026, then the previous month: the 2026 New Year swap, Fri 02/01 off and Sat 10/01 worked (làm bù).
            browser.driver.navigate().back();
            waitForMonth(browser, "2026-02");
            browser.driver.findElement(By.id("prev")).click();
            waitForMonth(browser, "2026-01");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/lich/?thang=2026-01");
            assertThat(cell(browser, "2026-01-01").getDomAttribute("data-kind")).isEqualTo("holiday");
            assertThat(cell(browser, "2026-01-02").getDomAttribute("data-kind")).isEqualTo("swapped");
            WebElement makeup = cell(browser, "2026-01-10");
            assertThat(makeup.getDomAttribute("data-kind")).isEqualTo("makeup");
            assertThat(makeup.getText()).contains("Làm bù");

            // A year without an official notice is flagged as an estimate.
            browser.driver.get("http://localhost:" + port + "/lich/?thang=2027-02");
            waitForMonth(browser, "2027-02");
            assertThat(text(browser, By.id("estimate"))).contains("Ước tính — chưa có thông báo chính thức");
            assertThat(cell(browser, "2027-02-06").getText()).contains("Tết Nguyên đán").contains("1/1");

            // A phone-sized window, to look at.
            browser.driver.get("http://localhost:" + port + "/lich/?thang=2026-02");
            waitForMonth(browser, "2026-02");
            fullPageScreenshot(browser, "calendar-page-mobile", 390);
        }
    }

    private static void waitForMonth(Browser browser, String month) {
        browser.wait.until(ExpectedConditions.attributeToBe(GRID, "data-month", month));
        browser.wait.until(ExpectedConditions.attributeToBe(GRID, "data-state", "ready"));
    }

    private static WebElement cell(Browser browser, String date) {
        List<WebElement> cells = browser.driver.findElements(By.cssSelector("td[data-date='" + date + "']"));
        assertThat(cells).as("cell for %s", date).hasSize(1);
        return cells.get(0);
    }

    private static String text(Browser browser, By locator) {
        return browser.driver.findElement(locator).getText();
    }

    /** Resizes the window to the page's height, so the screenshot shows the whole page. */
    private static void fullPageScreenshot(Browser browser, String name, int width) {
        Dimension original = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new Dimension(width, 1000));
        long height = (Long) ((JavascriptExecutor) browser.driver)
                .executeScript("return Math.ceil(document.documentElement.scrollHeight);");
        browser.driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 4000)));
        browser.screenshot(name);
        browser.driver.manage().window().setSize(original);
    }
}
