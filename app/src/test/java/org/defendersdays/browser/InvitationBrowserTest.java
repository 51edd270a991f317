package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.defendersdays.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In a real headless Chromium: a platform admin invites someone, the invited person creates their
 * account from the mailed link, the admin gives them the trainer role, and after signing in again
 * they see it. Each new page is checked with axe-core.
 */
@PlatformTest
class InvitationBrowserTest extends BrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** The only step that depends on how admins sign in (with a second factor once that lands). */
    private void signInAsPlatformAdmin() throws Exception {
        Accounts.Staff admin = Accounts.staffWithSecondFactor(mvc, jdbc, Role.PLATFORM_ADMIN);
        browser.signIn(url(""), admin.email(), Accounts.STRONG_PASSWORD, Accounts.totp(admin.secret(), 1));
    }

    @Test
    void anAdminInvitesAMemberWhoAcceptsAndIsMadeATrainer() throws Exception {
        WebDriver driver = browser.driver();
        signInAsPlatformAdmin();

        String memberEmail = Accounts.freshEmail();
        String memberName = "Yasmin " + UUID.randomUUID().toString().substring(0, 6);
        driver.get(url("/admin/users/invite?lang=en"));
        assertAccessible("the invitation form");
        driver.findElement(By.id("email")).sendKeys(memberEmail);
        browser.submitMainForm();
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("The invitation was sent");

        String mail = TestMailServer.awaitMail(memberEmail, "You are invited to Defenders' Days");
        String link = mail.lines().filter(line -> line.contains("/invitation?token=")).findFirst().orElseThrow().strip();
        driver.get(url(link.substring(link.indexOf("/invitation"))));
        assertAccessible("the acceptance form");
        driver.findElement(By.id("displayName")).sendKeys(memberName);
        driver.findElement(By.id("password")).sendKeys(Accounts.STRONG_PASSWORD);
        browser.submitMainForm();
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("Your account is ready");

        driver.get(url("/admin/users?lang=en"));
        driver.findElement(By.id("q")).sendKeys(memberName);
        browser.submitMainForm();
        assertAccessible("the list of accounts");
        browser.clickToNextPage(By.linkText(memberName));
        assertAccessible("an account's page");
        new Select(driver.findElement(By.id("grant-role"))).selectByValue("TRAINER");
        browser.clickToNextPage(By.cssSelector("form[action$='/roles/grant'] button"));
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("The role was given");

        driver.manage().deleteAllCookies();
        browser.signIn(url(""), memberEmail, Accounts.STRONG_PASSWORD);
        assertThat(driver.getCurrentUrl()).endsWith("/account");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(memberName, "Trainer");
    }
}
