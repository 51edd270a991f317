package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

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
 * A community moderator, in a real headless Chromium with nothing but links and forms, opens the
 * back office, creates a topic group (first getting a reason back for a blank name), publishes it,
 * and a visitor who is not signed in then finds it on the public groups page, while a draft stays
 * hidden. axe-core checks every back office page on the way.
 */
@PlatformTest
class CommunityBackOfficeBrowserTest extends BrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aModeratorCreatesAndPublishesATopicGroupThatAVisitorThenSees() throws Exception {
        String base = "http://localhost:" + port;
        String name = "Digital security circle " + UUID.randomUUID().toString().substring(0, 8);
        Accounts.Staff moderator = Accounts.staffWithSecondFactor(mvc, jdbc, Role.COMMUNITY_MODERATOR);
        browser.signIn(base, moderator.email(), Accounts.STRONG_PASSWORD, Accounts.totp(moderator.secret(), 1));
        WebDriver driver = browser.driver();

        driver.get(base + "/?lang=en");
        browser.clickToNextPage(By.linkText("Back office"));
        browser.clickToNextPage(By.cssSelector("main .cards a[href='/admin/community/groups']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Community groups");
        assertAccessible("the groups list");
        browser.clickToNextPage(By.linkText("Create a topic group"));
        assertAccessible("the new group form");

        driver.findElement(By.id("description")).sendKeys("Devices, accounts and communications.");
        browser.submitMainForm();
        assertThat(driver.findElement(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("name-error")).getText()).contains("Enter the group's name");
        assertThat(driver.findElement(By.id("description")).getAttribute("value"))
                .isEqualTo("Devices, accounts and communications.");
        assertAccessible("the new group form with an error");

        driver.findElement(By.id("name")).sendKeys(name);
        browser.submitMainForm();
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("draft group was saved");
        assertThat(row(driver, name).getText()).contains("Draft");
        assertAccessible("the groups list with a draft");

        assertThat(mvc.perform(get("/community/groups").param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).as("a draft is not public").doesNotContain(name);

        browser.clickToNextPage(By.xpath("//tr[th//a[normalize-space()='" + name + "']]//form[contains(@class,'publish')]//button"));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("group was published");
        assertThat(row(driver, name).getText()).contains("Published");
        assertAccessible("the groups list after publishing");

        driver.manage().deleteAllCookies();
        driver.get(base + "/community/groups?lang=en");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(name,
                "Devices, accounts and communications.");
        browser.clickToNextPage(By.linkText(name));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Private.");
        assertAccessible("the published group's public page");
    }

    private static org.openqa.selenium.WebElement row(WebDriver driver, String name) {
        return driver.findElement(By.xpath("//tr[th//a[normalize-space()='" + name + "']]"));
    }
}
