package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.Applications;
import org.defendersdays.testing.PlatformTest;
import org.defendersdays.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The selection journey in a real headless Chromium with nothing but links and forms: a reviewer
 * (signed in with a second factor) scores an application blind, a conference admin sees the score
 * and accepts it, and the applicant, told by mail, confirms the place. The submitted application
 * is seeded with SQL (applying is another feature).
 */
@PlatformTest
class SelectionBrowserTest extends BrowserTest {

    private static final String APPLICANT_NAME = "Nadia Haddad-Journey";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReviewerScoresBlindAnAdminAcceptsAndTheApplicantConfirmsTheirPlace() throws Exception {
        String base = url("");
        String email = Accounts.verified(mvc, APPLICANT_NAME);
        Applications.Call call = Applications.call(jdbc, 2117, 30);
        UUID application = Applications.submitted(jdbc, call, Applications.personWith(jdbc, email), "en");
        String reference = application.toString().substring(0, 8);
        WebDriver driver = browser.driver();

        Accounts.Staff reviewer = Accounts.staffWithSecondFactor(mvc, jdbc, Role.REVIEWER);
        browser.signIn(base, reviewer.email(), Accounts.STRONG_PASSWORD, Accounts.totp(reviewer.secret(), 1));
        driver.get(base + "/admin?lang=en");
        browser.clickToNextPage(By.cssSelector("main a[href='/admin/conference/review']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Review applications");
        assertAccessible("the reviewer's calls");
        browser.clickToNextPage(By.cssSelector("main a[href='/admin/conference/review/2117']"));
        assertAccessible("the applications of a call");
        browser.clickToNextPage(By.linkText(reference));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ways to keep my sources safe")
                .doesNotContain(APPLICANT_NAME, email);
        assertThat(driver.getPageSource()).doesNotContain(APPLICANT_NAME, email);
        assertAccessible("the score sheet");
        driver.findElement(By.id("score-" + call.clarity())).sendKeys("7");
        driver.findElement(By.id("score-" + call.impact())).sendKeys("8");
        browser.clickToNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.id("score-" + call.clarity() + "-error")).getText())
                .contains("whole number from 0");
        assertAccessible("the score sheet with an error");
        driver.findElement(By.id("score-" + call.clarity())).clear();
        driver.findElement(By.id("score-" + call.clarity())).sendKeys("4");
        browser.clickToNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("scores are saved");
        assertThat(driver.findElement(By.cssSelector("tr[data-reference='" + reference + "']")).getText())
                .contains("16");
        driver.manage().deleteAllCookies();

        Accounts.Staff admin = Accounts.staffWithSecondFactor(mvc, jdbc, Role.CONFERENCE_ADMIN);
        browser.signIn(base, admin.email(), Accounts.STRONG_PASSWORD, Accounts.totp(admin.secret(), 1));
        driver.get(base + "/admin/conference/editions/2117/selection?lang=en");
        assertThat(driver.findElement(By.cssSelector("tr[data-reference='" + reference + "'] [data-mean]")).getText())
                .isEqualTo("16.0");
        assertAccessible("the selection board");
        browser.clickToNextPage(By.cssSelector("tr[data-reference='" + reference + "'] button[value='ACCEPTED']"));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("a place is offered");
        assertThat(driver.findElement(By.cssSelector("tr[data-reference='" + reference + "'] [data-decision]"))
                .getText()).contains("Accepted", "place offered");
        assertThat(driver.findElement(By.cssSelector("[data-places]")).getText()).startsWith("1 of 30");
        driver.manage().deleteAllCookies();

        assertThat(TestMailServer.awaitMail(email, "you are offered a place")).contains("2117");
        browser.signIn(base, email, Accounts.STRONG_PASSWORD);
        driver.get(base + "/conference/editions/2117/place?lang=en");
        assertThat(driver.findElement(By.cssSelector("[data-state='offered']")).getText()).contains("offered a place");
        assertAccessible("the offered place");
        browser.clickToNextPage(By.xpath("//button[normalize-space()='Confirm my place']"));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("Your place is confirmed");
        assertThat(driver.findElements(By.cssSelector("[data-state='confirmed']"))).hasSize(1);
        assertAccessible("the confirmed place");

        driver.get(base + "/conference/editions/2117/place?lang=ar");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.cssSelector("[data-state='confirmed']")).getText()).contains("مؤكَّد");
        assertAccessible("the confirmed place in Arabic");
        driver.manage().deleteAllCookies();
    }
}
