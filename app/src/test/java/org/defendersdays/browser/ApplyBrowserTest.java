package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.application.port.in.AnnounceEditionUseCase;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionUseCase;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The applying journey in a real headless Chromium, with nothing but links and forms: a conference
 * admin opens the call for an announced edition in the back office; a member finds the "Apply" link
 * on the edition's page, saves a draft, leaves, comes back to find it as they left it, is told what
 * is missing, submits, and sees the submitted status with the way to their decision and place.
 */
@PlatformTest
class ApplyBrowserTest extends BrowserTest {

    private static final int YEAR = 2101;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanEditionUseCase plan;

    @Autowired
    AnnounceEditionUseCase announce;

    @Test
    void anAdminOpensTheCallAndAMemberSavesADraftComesBackAndSubmits() throws Exception {
        EditionId edition = plan.plan(new PlanEditionCommand(YEAR, new EditionFacts(Optional.empty(), "Stockholm",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(Topic.DIGITAL_SECURITY, Topic.PSYCHOSOCIAL_SECURITY))));
        announce.announce(edition);
        String base = url("");
        WebDriver driver = browser.driver();

        Accounts.Staff admin = Accounts.staffWithSecondFactor(mvc, jdbc, Role.CONFERENCE_ADMIN);
        browser.signIn(base, admin.email(), Accounts.STRONG_PASSWORD, Accounts.totp(admin.secret(), 1));
        driver.get(base + "/admin/conference/editions/" + edition + "?lang=en");
        browser.clickToNextPage(By.linkText("Call for applications, " + YEAR));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Call for applications, " + YEAR);
        assertAccessible("the new call form");

        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        Instant now = Instant.now();
        setValue(driver.findElement(By.id("opensAt")),
                LocalDateTime.ofInstant(now.minus(1, ChronoUnit.DAYS), stockholm).format(local));
        setValue(driver.findElement(By.id("closesAt")), "2101-01-01T10:00");
        driver.findElement(By.id("places")).sendKeys("many");
        driver.findElement(By.id("question-0-prompt")).sendKeys("Why do you want to come?");
        driver.findElement(By.id("question-0-required")).click();
        driver.findElement(By.id("criterion-0-name")).sendKeys("Need for protection");
        new Select(driver.findElement(By.id("quota-AFRICA-kind"))).selectByValue("TARGET");
        driver.findElement(By.id("quota-AFRICA-places")).sendKeys("30");
        browser.clickToNextPage(By.cssSelector("form.call button[type=submit]"));
        assertThat(driver.findElement(By.id("places-error")).getText()).contains("whole number");
        assertThat(driver.findElement(By.id("question-0-prompt")).getAttribute("value"))
                .isEqualTo("Why do you want to come?");
        assertAccessible("the call form with an error");

        driver.findElement(By.id("places")).clear();
        driver.findElement(By.id("places")).sendKeys("120");
        browser.clickToNextPage(By.cssSelector("form.call button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText())
                .contains("The call for applications is open.");
        assertAccessible("the saved call");

        driver.manage().deleteAllCookies();
        String member = Accounts.verified(mvc, "Amani");
        browser.signIn(base, member, Accounts.STRONG_PASSWORD);
        driver.get(base + "/conference/editions/" + YEAR + "?lang=en");
        browser.clickToNextPage(By.linkText("Apply to take part"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Apply to Defenders' Days " + YEAR);
        assertAccessible("the application form");

        driver.findElement(By.id("focus-digital-security")).click();
        new Select(driver.findElement(By.id("country"))).selectByValue("KE");
        driver.findElement(By.id("language-sw")).click();
        driver.findElement(By.id("hopesToLearn")).sendKeys("How to keep my sources safe.");
        driver.findElement(By.id("riskSituation")).sendKeys("My office was raided last year.");
        browser.clickToNextPage(By.cssSelector("button[value='save']"));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("Your draft was saved");
        assertThat(driver.findElement(By.id("application-status")).getText()).contains("Draft");

        driver.get(base + "/conference/editions/" + YEAR);
        browser.clickToNextPage(By.linkText("Apply to take part"));
        assertThat(driver.findElement(By.id("riskSituation")).getAttribute("value"))
                .isEqualTo("My office was raided last year.");
        assertThat(new Select(driver.findElement(By.id("country"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("KE");
        assertThat(driver.findElement(By.id("focus-digital-security")).isSelected()).isTrue();

        browser.clickToNextPage(By.cssSelector("button[value='submit']"));
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Region of your work",
                "agree to how we use your data", "This question needs an answer.");
        assertThat(driver.findElement(By.id("hopesToLearn")).getAttribute("value"))
                .isEqualTo("How to keep my sources safe.");
        assertAccessible("the application form with what is missing");

        new Select(driver.findElement(By.id("region"))).selectByValue("AFRICA");
        driver.findElement(By.id("consentDataUse")).click();
        driver.findElement(By.id("photo-YELLOW")).click();
        driver.findElement(By.cssSelector("textarea[id^='answer-']")).sendKeys("To learn and to share.");
        browser.clickToNextPage(By.cssSelector("button[value='submit']"));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText())
                .contains("Your application was submitted");
        assertThat(driver.findElement(By.id("application-status")).getText()).contains("Submitted on");
        assertThat(driver.findElement(By.linkText("Your decision and place")).getAttribute("href"))
                .endsWith("/conference/editions/" + YEAR + "/place");
        assertAccessible("the submitted application");

        driver.get(base + "/conference/editions/" + YEAR + "/application?lang=ar");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.id("application-status")).getText()).contains("أُرسل");
        assertAccessible("the submitted application in Arabic");
    }

    private void setValue(WebElement input, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
