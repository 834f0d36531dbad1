package vn.motcua.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium with a Vietnamese browser language. The driver path is given explicitly,
 * so Selenium Manager never tries to download a browser or driver.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final WebDriver driver;
    final WebDriverWait wait;

    Browser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                // Staff browsers run in Vietnam's time zone; the webapps show dates in the browser's zone.
                .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh"))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /**
     * Enters text into a field as an input method does. Key and mouse events sent by ChromeDriver do
     * not reach the Camunda webapp pages in headless Chromium 156 (they do reach plain pages), while
     * the DevTools "insert text" input does, and fires the same input events AngularJS listens to.
     */
    void type(By field, String text) {
        wait.until(driver -> visible(field) != null);
        WebElement element = visible(field);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = ''; arguments[0].focus();", element);
        ((ChromeDriver) driver).executeCdpCommand("Input.insertText", Map.of("text", text));
        wait.until(driver -> text.equals(element.getDomProperty("value")));
    }

    /**
     * Lets the page's debounced input handling finish (Camunda Forms commits a typed value about 300 ms
     * after the last input event); there is nothing in the page to wait for instead.
     */
    void settle() {
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Clicks through the DOM, for the same reason as {@link #type}. */
    void click(By locator) {
        wait.until(driver -> visible(locator) != null);
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", visible(locator));
    }

    /** Chooses an option of a select box by its value, firing the change event the page listens to. */
    void select(By locator, String value) {
        wait.until(driver -> visible(locator) != null
                && !visible(locator).findElements(By.cssSelector("option[value='" + value + "']")).isEmpty());
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", visible(locator), value);
    }

    /** The first element the user can see: templates may hold hidden copies of a field. */
    WebElement visible(By locator) {
        return driver.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
