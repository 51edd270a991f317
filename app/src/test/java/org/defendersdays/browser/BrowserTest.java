package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: one headless Chromium per test class against the running
 * platform, addresses on it, and the checks every page must pass (no serious accessibility issue,
 * nothing requested from another host). Subclasses carry {@code @PlatformTest}.
 */
abstract class BrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriver open(String path) {
        WebDriver driver = browser.driver();
        driver.get(url(path));
        return driver;
    }

    void assertAccessible(String what) {
        assertThat(browser.seriousAccessibilityViolations()).as("accessibility of " + what).isEmpty();
        assertThat(browser.requestedHosts()).as("hosts requested by " + what)
                .allMatch(host -> host.startsWith("localhost"));
    }
}
