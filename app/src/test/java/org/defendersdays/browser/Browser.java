package org.defendersdays.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for browser tests: Debian's {@code chromium} and {@code chromium-driver}
 * (override the paths with {@code DD_CHROMIUM} and {@code DD_CHROMEDRIVER}). Nothing is downloaded:
 * with both paths given, Selenium Manager is never asked. JavaScript stays on only so the test can
 * run axe-core and read the page weight; the pages themselves use none.
 */
final class Browser implements AutoCloseable {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final ChromeDriver driver;
    private final Path profile;

    Browser() {
        String chromium = env("DD_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = env("DD_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
            throw new IllegalStateException("Browser tests need Chromium and its driver at " + chromium + " and "
                    + chromedriver + ": apt-get install -y chromium chromium-driver (or set DD_CHROMIUM, DD_CHROMEDRIVER)");
        }
        try {
            profile = Files.createTempDirectory("dd-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-quic", "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Clicks what leads to another page and waits until the browser has left this one. */
    void clickToNextPage(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ignored -> isGone(page));
    }

    /**
     * Whether an element of the previous page is gone. Chromium sometimes answers a query about such
     * an element with "Node with given id does not belong to the document" instead of a stale
     * element error; both mean the browser has left the page.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /** Sends the page's main form. */
    void submitMainForm() {
        clickToNextPage(By.cssSelector("main form button[type=submit]"));
    }

    /** Signs in through the sign-in page, as a person would. */
    void signIn(String baseUrl, String email, String password) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        submitMainForm();
    }

    /** Accessibility violations of impact serious or critical on the current page, as "rule: help". */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes)')))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    /** Bytes transferred for the current page and everything it loaded, as the browser counted them. */
    long transferredBytes() {
        Object total = driver.executeScript("""
                const entries = performance.getEntriesByType('navigation')
                    .concat(performance.getEntriesByType('resource'));
                return entries.reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0);
                """);
        return ((Number) total).longValue();
    }

    /** Which hosts the page made requests to. */
    @SuppressWarnings("unchecked")
    List<String> requestedHosts() {
        return (List<String>) driver.executeScript("""
                return [...new Set(performance.getEntriesByType('resource').map(e => new URL(e.name).host))];
                """);
    }


    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core not on the test class path: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
