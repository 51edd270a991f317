package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Passkeys through Chromium's virtual authenticator (a platform authenticator that holds
 * discoverable credentials and verifies its user): add one, sign in with it alone (straight into
 * the back office, as it counts as both factors), remove it, and see it no longer opens the account.
 */
@PlatformTest
class PasskeyBrowserTest extends BrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private VirtualAuthenticator authenticator;

    @AfterEach
    void removeAuthenticator() {
        if (authenticator != null) {
            ((HasVirtualAuthenticator) browser.driver()).removeVirtualAuthenticator(authenticator);
            authenticator = null;
        }
    }

    @Test
    void anAdminAddsAPasskeySignsInWithItAloneAndRemovesIt() throws Exception {
        WebDriver driver = browser.driver();
        authenticator = ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
        Accounts.Staff admin = Accounts.staffWithSecondFactor(mvc, jdbc, Role.CONFERENCE_ADMIN);
        browser.signIn(url(""), admin.email(), Accounts.STRONG_PASSWORD, Accounts.totp(admin.secret(), 1));

        driver.get(url("/account?lang=en"));
        browser.clickToNextPage(By.linkText("Passkeys"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("You have no passkeys yet");
        assertAccessible("the passkeys page");
        driver.findElement(By.id("passkey-label")).sendKeys("Office laptop");
        browser.clickToNextPage(By.cssSelector("#passkey-add button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("Your passkey is added");
        assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("Office laptop");
        assertThat(authenticator.getCredentials()).singleElement()
                .satisfies(credential -> assertThat(credential.isResidentCredential()).isTrue());
        assertAccessible("the passkeys page with a passkey");

        browser.clickToNextPage(By.cssSelector(".account-nav button"));
        driver.get(url("/login?lang=en"));
        assertAccessible("the sign-in page with passkeys");
        browser.clickToNextPage(By.id("passkey-sign-in-button"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your account");
        driver.get(url("/admin?lang=en"));
        assertThat(driver.getCurrentUrl()).as("a passkey counts as both factors").endsWith("/admin?lang=en");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Conference");

        driver.get(url("/account/passkeys?lang=en"));
        browser.clickToNextPage(By.cssSelector("main table button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("The passkey is removed");

        browser.clickToNextPage(By.cssSelector(".account-nav button"));
        driver.get(url("/login?lang=en"));
        driver.findElement(By.id("passkey-sign-in-button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-error")));
        assertThat(driver.findElement(By.id("passkey-error")).getText())
                .contains("Signing in with a passkey did not work");
        assertThat(driver.getCurrentUrl()).endsWith("/login?lang=en");
        driver.get(url("/account"));
        assertThat(driver.getCurrentUrl()).as("still signed out").endsWith("/login");
    }
}
