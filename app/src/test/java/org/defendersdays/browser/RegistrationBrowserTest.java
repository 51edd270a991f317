package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.defendersdays.identity.Accounts;
import org.defendersdays.testing.PlatformTest;
import org.defendersdays.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A defender creates an account in a real browser: registers, receives the verification mail
 * (from the test SMTP server), follows the link, signs in, turns on an authenticator app as second
 * factor, signs out, and signs in again with the app's code.
 */
@PlatformTest
class RegistrationBrowserTest extends BrowserTest {

    @Test
    void aDefenderRegistersVerifiesSignsInEnrolsTotpAndSignsInWithIt() throws Exception {
        WebDriver driver = browser.driver();
        String email = Accounts.freshEmail();

        driver.get(url("/?lang=en"));
        browser.clickToNextPage(By.linkText("Create an account"));
        assertThat(browser.seriousAccessibilityViolations()).as("registration form").isEmpty();
        driver.findElement(By.id("displayName")).sendKeys("Noor");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("short");
        browser.submitMainForm();
        assertThat(driver.findElement(By.id("password-error")).getText()).contains("at least 12 characters");
        assertThat(driver.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("Noor");
        assertThat(browser.seriousAccessibilityViolations()).as("registration form with errors").isEmpty();

        driver.findElement(By.id("password")).sendKeys(Accounts.STRONG_PASSWORD);
        browser.submitMainForm();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check your mail");

        String mail = TestMailServer.awaitMail(email, "Verify your address");
        String link = mail.lines().filter(line -> line.contains("/verify-email?token=")).findFirst().orElseThrow().strip();
        driver.get(url(link.substring(link.indexOf("/verify-email"))));
        browser.submitMainForm();
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("Your address is verified");

        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(Accounts.STRONG_PASSWORD);
        browser.submitMainForm();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your account");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Noor", "Member", "This browser");
        assertThat(browser.seriousAccessibilityViolations()).as("account page").isEmpty();

        browser.clickToNextPage(By.linkText("Second factor (authenticator app)"));
        assertThat(browser.seriousAccessibilityViolations()).as("second-factor setup").isEmpty();
        Object qrLoaded = browser.driver().executeScript("const img = document.querySelector('img.qr');"
                + " return img.complete && img.naturalWidth > 0;");
        assertThat(qrLoaded).as("the QR code image loads").isEqualTo(true);
        String key = driver.findElement(By.cssSelector("main code[dir=ltr]")).getText().replace(" ", "");
        driver.findElement(By.id("code")).sendKeys(Accounts.totp(key, 0));
        browser.submitMainForm();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your recovery codes");
        assertThat(driver.findElements(By.cssSelector(".recovery-codes li"))).hasSize(10);

        browser.clickToNextPage(By.cssSelector(".account-nav button"));
        assertThat(driver.findElement(By.cssSelector(".account-nav")).getText()).contains("Sign in");
        driver.get(url("/account"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");

        browser.signIn(url(""), email, Accounts.STRONG_PASSWORD);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Enter your code");
        assertThat(browser.seriousAccessibilityViolations()).as("second sign-in step").isEmpty();
        driver.findElement(By.id("code")).sendKeys(Accounts.totp(key, 1));
        browser.submitMainForm();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your account");
    }
}
