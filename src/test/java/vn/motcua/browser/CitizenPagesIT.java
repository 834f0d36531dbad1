package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.citizen.DossierJourney;
import vn.motcua.citizen.Dossiers;
import vn.motcua.citizen.rating.RatingRepository;
import vn.motcua.citizen.rating.Ratings;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.support.MotCuaIntegrationTest;

/** The citizens' pages in a phone-sized Chromium: the status lookup from the receipt's QR link, then the rating. */
@MotCuaIntegrationTest
class CitizenPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    DossierIntake intake;

    @Autowired
    Ratings ratings;

    @Autowired
    RatingRepository ratingRepository;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 9, 7, 9, 0, 0, 0,
                ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void citizenLooksUpTheDossierThenRatesTheService() {
        String code = intake.receive(Dossiers.citizen("Nguyễn Thị Hương", "001190031415", "0912926535", null,
                Channel.COUNTER), "tiepnhan").dossier().code();
        DossierJourney journey = new DossierJourney(engine, code).accept();

        try (Browser browser = new Browser("vi")) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            // The receipt's QR code: /tra-cuu?ma=<code> opens the page with the code filled in.
            browser.driver.get("http://localhost:" + port + "/tra-cuu?ma=" + code);
            browser.wait.until(driver -> code.equals(driver.findElement(By.id("code")).getDomProperty("value")));

            browser.type(By.id("last-four"), "0000");
            browser.click(By.id("submit"));
            browser.wait.until(driver -> !driver.findElement(By.id("message")).getText().isEmpty());
            assertThat(browser.driver.findElement(By.id("message")).getText()).startsWith("Không tìm thấy hồ sơ");
            assertThat(browser.driver.findElement(By.id("result")).isDisplayed()).isFalse();

            browser.type(By.id("last-four"), "6535");
            browser.click(By.id("submit"));
            browser.wait.until(driver -> "ready".equals(driver.findElement(By.id("result")).getDomAttribute("data-state")));
            assertThat(text(browser, "result-title")).isEqualTo("Hồ sơ " + code);
            assertThat(text(browser, "r-applicant")).isEqualTo("N*** T*** H***");
            assertThat(text(browser, "r-procedure")).isEqualTo("Đăng ký khai sinh");
            assertThat(text(browser, "r-appointment")).isEqualTo("17:00 ngày 07/09/2027");
            assertThat(text(browser, "r-late")).isEqualTo("Trong hạn");
            assertThat(text(browser, "r-step")).isEqualTo("Kiểm tra, ghi Sổ đăng ký khai sinh, dự thảo Giấy khai sinh");
            List<String> rows = browser.driver.findElements(By.cssSelector("#r-steps tr")).stream()
                    .map(WebElement::getText).toList();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(1)).startsWith("Kiểm tra, tiếp nhận hồ sơ").endsWith("09:00 ngày 07/09/2027");
            assertThat(rows.get(2)).endsWith("Đang thực hiện");
            assertThat(browser.driver.getPageSource()).doesNotContain("Nguyễn Thị Hương", "001190031415");
            browser.screenshot("tra-cuu");

            journey.process().approve();
            String link = ratings.link(code).orElseThrow().url();
            browser.driver.get(link.replace("http://localhost:8080", "http://localhost:" + port));
            browser.wait.until(driver -> "ready".equals(driver.findElement(By.id("rating-form")).getDomAttribute("data-state")));
            assertThat(text(browser, "dossier-code")).isEqualTo(code);
            assertThat(browser.driver.findElements(By.cssSelector("fieldset[data-criterion] legend")).stream()
                    .map(WebElement::getText)).contains("Thái độ, tinh thần trách nhiệm của công chức");

            browser.click(By.id("TIME-3"));
            browser.click(By.id("CONTACTS-3"));
            browser.click(By.id("RESULT-2"));
            browser.click(By.id("submit"));
            browser.wait.until(driver -> !driver.findElement(By.id("message")).getText().isEmpty());
            assertThat(text(browser, "message")).contains("Thái độ, tinh thần trách nhiệm của công chức");

            browser.click(By.id("ATTITUDE-3"));
            browser.type(By.id("comment"), "Cán bộ hướng dẫn tận tình");
            browser.click(By.id("submit"));
            browser.wait.until(driver -> "satisfied".equals(driver.findElement(By.id("thanks")).getDomAttribute("data-state")));
            assertThat(ratingRepository.findByDossierCode(code)).get().satisfies(rating -> {
                assertThat(rating.satisfied()).isTrue();
                assertThat(rating.comment()).isEqualTo("Cán bộ hướng dẫn tận tình");
            });
            browser.screenshot("danh-gia");

            browser.driver.navigate().refresh();
            browser.wait.until(driver -> !driver.findElement(By.id("message")).getText().isEmpty());
            assertThat(text(browser, "message")).contains("đã được sử dụng");
        }
    }

    private static String text(Browser browser, String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }
}
