package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.defendersdays.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The visa letter journey in a real browser against the running platform: a member without a
 * confirmed place is turned away with the reason; a confirmed participant enters passport details
 * (with a mistake first), a conference admin with a second factor opens and approves the request,
 * the participant is told by mail, downloads the letter with their own session, and the PDF says
 * what it must. Edition year 2111.
 */
@PlatformTest
class VisaLetterBrowserTest extends BrowserTest {

    private static final int YEAR = 2111;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aParticipantAsksAnAdminApprovesAndTheParticipantDownloadsTheLetter() throws Exception {
        String base = "http://localhost:" + port;
        UUID edition = edition();
        String email = Accounts.verified(mvc, "Amina");
        UUID person = jdbc.queryForObject("SELECT id FROM identity.account WHERE email = ?", UUID.class, email);
        String page = "/conference/editions/" + YEAR + "/visa-letter";

        browser.signIn(base, email, Accounts.STRONG_PASSWORD);
        WebDriver driver = open(page + "?lang=en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Only for confirmed participants");
        assertAccessible("the page for members without a confirmed place");

        confirm(edition, person);
        driver.get(url(page + "?lang=en"));
        assertThat(driver.findElement(By.cssSelector(".visa-status")).getText()).contains("not asked for a letter");
        assertAccessible("the empty visa letter form");
        fill(driver, Map.of("nameInPassport", "Amina Ñúñez Ødegård", "nationality", "Kenyan",
                "passportNumber", "KE7654321", "issuingCountry", "Kenya", "embassy", "Sweden in Nairobi"));
        date(driver, "dateOfBirth", "1990-06-15");
        date(driver, "issuedOn", "2024-01-10");
        date(driver, "expiresOn", YEAR + "-05-06");
        browser.submitMainForm();
        assertThat(driver.findElement(By.id("expiresOn-error")).getText()).contains("expires before the conference ends");
        assertThat(driver.findElement(By.cssSelector("#error-summary a[href='#expiresOn']")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("nameInPassport")).getAttribute("value")).isEqualTo("Amina Ñúñez Ødegård");
        assertAccessible("the visa letter form with an error");
        date(driver, "expiresOn", (YEAR + 4) + "-05-06");
        browser.submitMainForm();
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("Your details were saved");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("\u2022\u2022\u2022321")
                .doesNotContain("KE7654321");
        driver.manage().deleteAllCookies();

        Accounts.Staff admin = Accounts.staffWithSecondFactor(mvc, jdbc, Role.CONFERENCE_ADMIN);
        browser.signIn(base, admin.email(), Accounts.STRONG_PASSWORD, Accounts.totp(admin.secret(), 1));
        driver.get(url("/admin/conference/travel?lang=en"));
        assertAccessible("the travel section of the back office");
        browser.clickToNextPage(By.cssSelector("main a[href$='/editions/" + YEAR + "/visa-letters']"));
        assertThat(driver.findElement(By.cssSelector("section[data-status='REQUESTED'] h2")).getText())
                .contains("(1)");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("KE7654321", "Amina");
        assertAccessible("the visa letter requests");
        browser.clickToNextPage(By.cssSelector("section[data-status='REQUESTED'] tbody a"));
        assertThat(driver.findElement(By.cssSelector(".passport-number")).getText()).isEqualTo("KE7654321");
        assertAccessible("one visa letter request");
        browser.clickToNextPage(By.cssSelector("main form.approve button"));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("letter was approved");
        driver.manage().deleteAllCookies();

        assertThat(TestMailServer.awaitMail(email, "is ready")).contains(page).doesNotContain("KE7654321");

        browser.signIn(base, email, Accounts.STRONG_PASSWORD);
        driver.get(url(page + "?lang=en"));
        assertThat(driver.findElement(By.cssSelector(".visa-status")).getText()).contains("Approved");
        String href = driver.findElement(By.cssSelector("a.download")).getAttribute("href");
        Cookie session = driver.manage().getCookieNamed(Accounts.SESSION_COOKIE);
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment;"));
        assertThat(download.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("no-store"));
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Amina Ñúñez Ødegård", "Kenyan",
                    "KE7654321", "15 June 1990", "6 May " + (YEAR + 4), "4 May " + YEAR + " to 7 May " + YEAR,
                    "Aula Magna, Stockholm", "To the Embassy/Consulate of Sweden in Nairobi",
                    "The participant covers their own travel");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE action = "
                + "'conference.visaLetter.downloaded'", Integer.class)).isPositive();
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
    }

    @Test
    void aParticipantAsksForTravelSupportInArabicAndSeesTheLowerAmountAnAdminGranted() throws Exception {
        String base = "http://localhost:" + port;
        int year = YEAR + 1;
        UUID edition = edition(year);
        String email = Accounts.verified(mvc, "Karim");
        confirm(edition, jdbc.queryForObject("SELECT id FROM identity.account WHERE email = ?", UUID.class, email));
        String page = "/conference/editions/" + year + "/travel-support";

        browser.signIn(base, email, Accounts.STRONG_PASSWORD);
        WebDriver driver = open(page + "?lang=ar");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("دعم السفر");
        browser.submitMainForm();
        assertThat(driver.findElement(By.id("error-summary")).getText()).contains("يُرجى ملء هذا الحقل");
        assertAccessible("the travel support form with errors, in Arabic");
        fill(driver, Map.of("amount", "640", "phone", "+20 100 123 4567", "emergencyContact", "Layla +20 100 765 4321"));
        driver.findElement(By.id("purpose-TRAVEL")).click();
        driver.findElement(By.id("purpose-VISA_FEES")).click();
        browser.submitMainForm();
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("حُفظ");
        driver.manage().deleteAllCookies();

        Accounts.Staff admin = Accounts.staffWithSecondFactor(mvc, jdbc, Role.CONFERENCE_ADMIN);
        browser.signIn(base, admin.email(), Accounts.STRONG_PASSWORD, Accounts.totp(admin.secret(), 1));
        driver.get(url("/admin/conference/editions/" + year + "/travel-support?lang=en"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("EUR 640.00").doesNotContain("Layla");
        assertAccessible("the travel support requests");
        browser.clickToNextPage(By.cssSelector("main tbody a"));
        browser.clickToNextPage(By.cssSelector("main a[href$='/contact']"));
        assertThat(driver.findElement(By.cssSelector(".travel-contact")).getText()).contains("+20 100 123 4567");
        assertAccessible("a travel support request with its contact details");
        WebElement amount = driver.findElement(By.id("approvedAmount"));
        amount.clear();
        amount.sendKeys("500");
        browser.clickToNextPage(By.cssSelector("main form.approve button"));
        assertThat(driver.findElement(By.cssSelector(".support-approved")).getText()).isEqualTo("EUR 500.00");
        driver.manage().deleteAllCookies();

        browser.signIn(base, email, Accounts.STRONG_PASSWORD);
        driver.get(url(page + "?lang=en"));
        assertThat(driver.findElement(By.cssSelector(".support-approved")).getText()).contains("EUR 500.00");
        assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();
        assertAccessible("the approved travel support");
        assertThat(TestMailServer.awaitMail(email, "was approved")).contains("EUR 500.00").doesNotContain("Layla");
    }

    private UUID edition() {
        return edition(YEAR);
    }

    private UUID edition(int year) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.edition (id, year, start_date, end_date, city, venue, theme, status, version)
                VALUES (?, ?, ?, ?, 'Stockholm', 'Aula Magna', 'Protection in practice', 'ANNOUNCED', 0)""",
                id, year, java.sql.Date.valueOf(year + "-05-04"), java.sql.Date.valueOf(year + "-05-07"));
        jdbc.update("""
                INSERT INTO conference.call_for_applications (id, edition_id, opens_at, closes_at, places, version)
                VALUES (?, ?, now() - interval '60 days', now() - interval '30 days', 100, 0)""", UUID.randomUUID(), id);
        return id;
    }

    /** Makes the person hold a confirmed place, as an accepted and confirmed application does. */
    private void confirm(UUID edition, UUID person) {
        UUID application = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.application (id, call_id, edition_id, applicant, status, country, region,
                       consent_data_use, message_language, created_at, submitted_at, version)
                SELECT ?, id, edition_id, ?, 'SUBMITTED', 'KE', 'AFRICA', true, 'en', now(), now(), 0
                  FROM conference.call_for_applications WHERE edition_id = ?""", application, person, edition);
        jdbc.update("""
                INSERT INTO conference.selection_decision (application_id, edition_id, outcome, place, decided_at,
                       decided_by, version)
                VALUES (?, ?, 'ACCEPTED', 'CONFIRMED', now(), ?, 0)""", application, edition, UUID.randomUUID());
    }

    private static void fill(WebDriver driver, Map<String, String> values) {
        values.forEach((id, value) -> {
            driver.findElement(By.id(id)).clear();
            driver.findElement(By.id(id)).sendKeys(value);
        });
    }

    /** Date inputs take keys in the browser's own format; setting the value is what a picker does. */
    private static void date(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)),
                value);
    }
}
