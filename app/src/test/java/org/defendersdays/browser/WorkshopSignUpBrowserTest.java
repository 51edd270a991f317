package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.defendersdays.identity.Accounts;
import org.defendersdays.testing.PlatformTest;
import org.defendersdays.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Workshop sign-up in a real headless Chromium, with nothing but links and forms: Amina, a confirmed
 * participant, takes the only seat of a workshop; Boris finds it full and joins its waitlist at
 * position 1; Amina leaves; Boris is promoted at once, gets a mail in Spanish (his language) and sees
 * his seat; he makes his private calendar address, which lists the workshop to anyone holding it
 * and stops working when he revokes it. Every page passes the accessibility check; the page is also
 * checked in Arabic, right to left. Year 2108.
 */
@PlatformTest
class WorkshopSignUpBrowserTest extends BrowserTest {

    private static final int YEAR = 2108;
    private static final String WORKSHOP = "Holistic security";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aParticipantTakesTheLastSeatAnotherWaitsAndIsPromotedWhenTheFirstLeaves() throws Exception {
        UUID edition = publishedEditionWithOneSeatWorkshop();
        String amina = Accounts.verified(mvc, "Amina");
        String boris = Accounts.verified(mvc, "Boris");
        confirmedPlace(edition, amina, "en");
        confirmedPlace(edition, boris, "es");
        String base = url("");
        String programme = "/conference/editions/" + YEAR + "/my-programme";
        WebDriver driver = browser.driver();

        browser.signIn(base, amina, Accounts.STRONG_PASSWORD);
        driver.get(base + programme + "?lang=en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My programme at Defenders' Days " + YEAR);
        assertThat(workshopCard(driver).getText()).contains("1 of 1 seats left");
        assertAccessible("the personal programme");
        browser.clickToNextPage(button("Sign up for " + WORKSHOP));
        assertThat(status(driver)).isEqualTo("You have a seat in the workshop.");
        assertThat(driver.findElement(By.cssSelector("ul.my-workshops")).getText()).contains(WORKSHOP, "You have a seat");
        assertAccessible("the personal programme after signing up");
        signOut();

        browser.signIn(base, boris, Accounts.STRONG_PASSWORD);
        driver.get(base + programme + "?lang=en");
        assertThat(workshopCard(driver).getText()).contains("0 of 1 seats left");
        browser.clickToNextPage(button("Join the waitlist for " + WORKSHOP));
        assertThat(status(driver)).contains("you are on its waitlist, at position 1.");
        assertThat(driver.findElement(By.cssSelector("ul.my-workshops")).getText()).contains("On the waitlist, position 1");
        assertAccessible("the personal programme on the waitlist");
        signOut();

        browser.signIn(base, amina, Accounts.STRONG_PASSWORD);
        driver.get(base + programme + "?lang=en");
        browser.clickToNextPage(button("Leave " + WORKSHOP));
        assertThat(status(driver)).isEqualTo("You have left the workshop.");
        assertThat(driver.findElement(By.id("mine-heading")).findElement(By.xpath("..")).getText())
                .contains("You have not signed up for any workshop yet.");
        signOut();

        String mail = TestMailServer.awaitMail(boris, "Tiene una plaza en un taller de Defenders' Days " + YEAR);
        assertThat(mail).contains("«" + WORKSHOP + "»", programme);

        browser.signIn(base, boris, Accounts.STRONG_PASSWORD);
        driver.get(base + programme + "?lang=en");
        assertThat(driver.findElement(By.cssSelector("ul.my-workshops")).getText()).contains(WORKSHOP, "You have a seat");
        assertThat(workshopCard(driver).getText()).contains("0 of 1 seats left").doesNotContain("waiting");

        browser.clickToNextPage(button("Make a calendar address"));
        String address = driver.findElement(By.id("calendar-url")).getAttribute("value");
        assertThat(address).matches(".*/conference/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertAccessible("the personal programme with a calendar address");
        HttpResponse<String> calendar = anonymousGet(address);
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.body()).contains("SUMMARY:" + WORKSHOP);
        browser.clickToNextPage(button("Revoke the calendar address"));
        assertThat(status(driver)).isEqualTo("Your calendar address no longer works.");
        assertThat(anonymousGet(address).statusCode()).isEqualTo(404);

        driver.get(base + programme + "?lang=ar");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("برنامجي");
        assertAccessible("the personal programme in Arabic");
        driver.get(base + programme + "?lang=en");
        signOut();
    }

    private static By button(String text) {
        return By.xpath("//main//button[normalize-space()='" + text + "']");
    }

    private static String status(WebDriver driver) {
        return driver.findElement(By.cssSelector("main [role='status']")).getText();
    }

    private static org.openqa.selenium.WebElement workshopCard(WebDriver driver) {
        return driver.findElement(By.cssSelector("li.workshop"));
    }

    private void signOut() {
        browser.clickToNextPage(By.cssSelector("form[action='/logout'] button"));
    }

    private static HttpResponse<String> anonymousGet(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private UUID publishedEditionWithOneSeatWorkshop() {
        UUID edition = UUID.randomUUID();
        UUID room = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.edition (id, year, start_date, end_date, city, status, languages, version)
                VALUES (?, ?, ?, ?, 'Stockholm', 'PROGRAMME_PUBLISHED', '{en}', 0)""", edition, YEAR,
                Date.valueOf(LocalDate.of(YEAR, 4, 7)), Date.valueOf(LocalDate.of(YEAR, 4, 10)));
        jdbc.update("INSERT INTO conference.room (id, edition_id, name, version) VALUES (?, ?, 'Studio', 0)", room,
                edition);
        jdbc.update("""
                INSERT INTO conference.programme_session (id, edition_id, type, title, day, start_time, end_time,
                    room_id, seats, language, chatham_house_rule, version)
                VALUES (?, ?, 'WORKSHOP', ?, ?, ?, ?, ?, 1, 'en', false, 0)""", UUID.randomUUID(), edition, WORKSHOP,
                Date.valueOf(LocalDate.of(YEAR, 4, 8)), Time.valueOf(LocalTime.of(10, 0)),
                Time.valueOf(LocalTime.of(12, 0)), room);
        jdbc.update("""
                INSERT INTO conference.call_for_applications (id, edition_id, opens_at, closes_at, places, version)
                VALUES (?, ?, now() - interval '60 days', now() - interval '30 days', 100, 0)""", UUID.randomUUID(),
                edition);
        jdbc.update("UPDATE conference.publication_revision SET revision = revision + 1");
        return edition;
    }

    private void confirmedPlace(UUID edition, String email, String language) {
        UUID person = jdbc.queryForObject("SELECT id FROM identity.account WHERE email = ?", UUID.class, email);
        UUID call = jdbc.queryForObject("SELECT id FROM conference.call_for_applications WHERE edition_id = ?",
                UUID.class, edition);
        UUID application = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.application (id, call_id, edition_id, applicant, status, country, region,
                    consent_data_use, message_language, created_at, submitted_at, version)
                VALUES (?, ?, ?, ?, 'SUBMITTED', 'KE', 'AFRICA', true, ?, now(), now(), 0)""", application, call,
                edition, person, language);
        jdbc.update("""
                INSERT INTO conference.selection_decision (application_id, edition_id, outcome, place, decided_at,
                    decided_by, answered_at, version)
                VALUES (?, ?, 'ACCEPTED', 'CONFIRMED', now(), ?, now(), 0)""", application, edition, UUID.randomUUID());
    }
}
