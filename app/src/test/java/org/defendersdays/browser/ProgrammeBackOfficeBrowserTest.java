package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A conference admin, in a real headless Chromium with nothing but links and forms, builds a small
 * programme: plans and announces an edition with its days, adds a room and a track, schedules two
 * sessions, is shown the room conflict when a third overlaps them (with what was typed kept), moves
 * it, and publishes the programme. axe-core checks every page on the way.
 */
@PlatformTest
class ProgrammeBackOfficeBrowserTest extends BrowserTest {

    private static final String YEAR = "2176";
    private static final String DAY = YEAR + "-04-09";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConferenceAdminBuildsAProgrammeSeesAConflictFixesItAndPublishes() throws Exception {
        String base = "http://localhost:" + port;
        Accounts.Staff admin = Accounts.staffWithSecondFactor(mvc, jdbc, Role.CONFERENCE_ADMIN);
        browser.signIn(base, admin.email(), Accounts.STRONG_PASSWORD, Accounts.totp(admin.secret(), 1));
        WebDriver driver = browser.driver();

        driver.get(base + "/admin/conference/editions/new?lang=en");
        driver.findElement(By.id("year")).sendKeys(YEAR);
        type(driver, "startDate", DAY);
        type(driver, "endDate", YEAR + "-04-12");
        driver.findElement(By.id("city")).sendKeys("Stockholm");
        driver.findElement(By.id("languages")).sendKeys("en, ru, ar");
        browser.submitMainForm();
        browser.clickToNextPage(By.cssSelector("tr[data-year='" + YEAR + "'] form.announce button"));
        browser.clickToNextPage(By.cssSelector("tr[data-year='" + YEAR + "'] a[href$='/programme']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Programme of Defenders' Days " + YEAR);
        assertAccessible("the empty programme");

        browser.clickToNextPage(By.cssSelector("main a[href$='/programme/rooms']"));
        driver.findElement(By.id("name")).sendKeys("Main hall");
        driver.findElement(By.id("note")).sendKeys("Step-free, hearing loop");
        browser.submitMainForm();
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("room was added");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Main hall");
        assertAccessible("the rooms");
        browser.clickToNextPage(By.cssSelector(".breadcrumb a"));

        browser.clickToNextPage(By.cssSelector("main a[href$='/programme/tracks']"));
        driver.findElement(By.id("name")).sendKeys("Digital security");
        browser.submitMainForm();
        assertAccessible("the tracks");
        browser.clickToNextPage(By.cssSelector(".breadcrumb a"));

        schedule(driver, "WORKSHOP", "Threat modelling", "09:00", "10:30", "20");
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("session was scheduled");
        schedule(driver, "PANEL", "Staying safe online", "11:00", "12:00", "");

        browser.clickToNextPage(By.cssSelector("main a[href$='/sessions/new']"));
        fill(driver, "KEYNOTE", "Overlapping keynote", "10:00", "11:30", "");
        browser.submitMainForm();
        WebElement room = driver.findElement(By.id("room"));
        assertThat(room.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("room-error")).getText()).contains(
                "The room is taken by \"Threat modelling\" on " + DAY + ", 09:00 to 10:30",
                "The room is taken by \"Staying safe online\" on " + DAY + ", 11:00 to 12:00");
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("Overlapping keynote");
        assertAccessible("the session form with a room conflict");

        type(driver, "start", "12:00");
        type(driver, "end", "13:00");
        browser.submitMainForm();
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("session was scheduled");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Threat modelling",
                "Staying safe online", "Overlapping keynote");
        assertAccessible("the programme with three sessions");

        browser.clickToNextPage(By.cssSelector("main form.publish-programme button"));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("programme was published");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Programme published");
        assertThat(driver.findElements(By.cssSelector("main form.publish-programme"))).isEmpty();
    }

    private void schedule(WebDriver driver, String type, String title, String start, String end, String seats) {
        browser.clickToNextPage(By.cssSelector("main a[href$='/sessions/new']"));
        assertAccessible("the new session form");
        fill(driver, type, title, start, end, seats);
        browser.submitMainForm();
    }

    private static void fill(WebDriver driver, String type, String title, String start, String end, String seats) {
        new Select(driver.findElement(By.id("type"))).selectByValue(type);
        driver.findElement(By.id("title")).sendKeys(title);
        type(driver, "day", DAY);
        type(driver, "start", start);
        type(driver, "end", end);
        driver.findElement(By.id("seats")).sendKeys(seats);
    }

    /** Date and time inputs take keys in the browser's own format; setting the value is what a picker does. */
    private static void type(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)),
                value);
    }
}
