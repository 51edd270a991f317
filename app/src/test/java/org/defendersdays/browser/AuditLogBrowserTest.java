package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A platform admin filters the audit log and runs the chain check in a real headless Chromium, with
 * no script on the page: the forms alone do the work. Each page is checked with axe-core. Until the
 * platform's security lands the pages open without a sign-in.
 */
@PlatformTest
class AuditLogBrowserTest extends BrowserTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private static boolean signedIn;

    /** The log is for platform admins: one signs in through the sign-in page first. */
    @BeforeEach
    void signInAsPlatformAdmin() throws Exception {
        if (!signedIn) {
            Accounts.Staff admin = Accounts.staffWithSecondFactor(mvc, jdbc, Role.PLATFORM_ADMIN);
            browser.signIn("http://localhost:" + port, admin.email(), Accounts.STRONG_PASSWORD,
                    Accounts.totp(admin.secret(), 1));
            signedIn = true;
        }
    }

    /** Clicks a form's submit button and waits for the next page, so nothing is read from the old one. */
    private static void submit(WebDriver driver, String formMethod) {
        browser.clickToNextPage(By.cssSelector("main form[method='" + formMethod + "'] button[type='submit']"));
    }

    @Test
    void anAdminFiltersTheLogAndChecksTheChain() {
        trail.record(new AuditEntry(Optional.of(PersonId.generate()), "browser.check.opened", "account",
                Optional.of("browser-1"), Outcome.DENIED, Optional.of("PLATFORM_ADMIN")));
        WebDriver driver = open("/admin/audit?lang=en");
        assertAccessible("the audit log");

        driver.findElement(By.id("action")).sendKeys("browser.check");
        submit(driver, "get");
        assertThat(driver.getCurrentUrl()).contains("action=browser.check");
        assertThat(driver.findElement(By.tagName("tbody")).getText()).contains("browser-1", "Denied");
        assertAccessible("the filtered audit log");

        driver.findElement(By.id("actor")).sendKeys("not-an-id");
        submit(driver, "get");
        assertThat(driver.findElement(By.id("actor")).getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("the audit log with a filter error");

        submit(driver, "post");
        assertThat(driver.getCurrentUrl()).endsWith("/admin/audit/verify");
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("The chain is intact");
        assertAccessible("the chain check");
    }

    @Test
    void inArabicTheLogAndTheCheckReadRightToLeft() {
        WebDriver driver = open("/admin/audit?lang=ar");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("سجل التدقيق");
        assertAccessible("the Arabic audit log");

        submit(driver, "post");
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("السلسلة سليمة");
        assertAccessible("the Arabic chain check");
    }
}
