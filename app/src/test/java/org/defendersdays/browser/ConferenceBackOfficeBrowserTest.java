package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A conference admin, in a real headless Chromium with nothing but links and forms, opens the back
 * office, plans a draft edition (first getting a reason back for a bad year), announces it, and
 * finds it on the public editions page. axe-core checks every back office page on the way.
 */
@PlatformTest
class ConferenceBackOfficeBrowserTest extends BrowserTest {

    private static final String YEAR = "2175";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConferenceAdminPlansAndAnnouncesAnEditionThatThePublicThenSees() throws Exception {
        String base = "http://localhost:" + port;
        Accounts.Staff admin = Accounts.staffWithSecondFactor(mvc, jdbc, Role.CONFERENCE_ADMIN);
        browser.signIn(base, admin.email(), Accounts.STRONG_PASSWORD, Accounts.totp(admin.secret(), 1));
        WebDriver driver = browser.driver();

        driver.get(base + "/?lang=en");
        browser.clickToNextPage(By.linkText("Back office"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Back office");
        assertAccessible("the back office dashboard");

        browser.clickToNextPage(By.cssSelector("main .cards a[href='/admin/conference/editions']"));
        assertAccessible("the editions list");
        browser.clickToNextPage(By.linkText("Plan an edition"));
        assertAccessible("the new edition form");

        driver.findElement(By.id("year")).sendKeys("twenty");
        driver.findElement(By.id("city")).sendKeys("Stockholm");
        browser.submitMainForm();
        assertThat(driver.findElement(By.id("year")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("year-error")).getText()).contains("four digits");
        assertThat(driver.findElement(By.id("city")).getAttribute("value")).isEqualTo("Stockholm");
        assertAccessible("the new edition form with an error");

        driver.findElement(By.id("year")).clear();
        driver.findElement(By.id("year")).sendKeys(YEAR);
        driver.findElement(By.id("theme")).sendKeys("Protection in practice");
        browser.submitMainForm();
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("draft edition was saved");
        assertThat(driver.findElement(By.cssSelector("tr[data-year='" + YEAR + "']")).getText()).contains("Draft");
        assertAccessible("the editions list with a draft");

        browser.clickToNextPage(By.cssSelector("tr[data-year='" + YEAR + "'] form.announce button"));
        assertThat(driver.findElement(By.cssSelector("tr[data-year='" + YEAR + "']")).getText()).contains("Announced");
        assertAccessible("the editions list after the announcement");

        driver.get(base + "/conference/editions");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Defenders' Days " + YEAR,
                "Protection in practice");
    }
}
