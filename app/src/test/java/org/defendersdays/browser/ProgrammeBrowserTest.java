package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.defendersdays.conference.config.SampleProgramme;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor opens an edition's agenda, narrows it by topic and by language with the plain GET form,
 * opens a session and downloads it for their calendar; in English and in Arabic (right to left). Every
 * page is checked with axe-core and for requests to other hosts; the calendar is read back with ical4j.
 */
@PlatformTest
class ProgrammeBrowserTest extends BrowserTest {

    private static final int YEAR = 2179;
    private static boolean made;

    @Autowired
    SampleProgramme sample;

    @BeforeEach
    void programme() {
        if (!made) {
            sample.make(YEAR);
            made = true;
        }
    }

    @Test
    void aVisitorFiltersTheAgendaOpensASessionAndTakesItToTheirCalendar() throws Exception {
        WebDriver driver = open("/conference/editions/" + YEAR + "?lang=en");
        browser.clickToNextPage(By.linkText("See the agenda"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Agenda of Defenders' Days " + YEAR);
        assertThat(driver.findElement(By.id("agenda-status")).getText()).contains("Showing all 64 sessions.");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(SampleProgramme.UNCONSENTED)
                .contains("Name withheld", "Chatham House Rule");
        assertAccessible("the agenda");
        long bytes = browser.transferredBytes();
        assertThat(bytes).as("the agenda of 64 sessions with its stylesheet and icon").isLessThan(50_000);

        new Select(driver.findElement(By.id("filter-topic"))).selectByVisibleText("Innovation against human rights violations");
        browser.submitMainForm();
        assertThat(driver.getCurrentUrl()).contains("topic=innovation");
        assertThat(driver.findElement(By.id("agenda-status")).getText())
                .contains("Showing 32 of 64 sessions.", "Topic: Innovation against human rights violations");
        assertAccessible("the agenda filtered by topic");

        new Select(driver.findElement(By.id("filter-language"))).selectByVisibleText("Arabic");
        browser.submitMainForm();
        assertThat(driver.getCurrentUrl()).contains("topic=innovation", "language=ar");
        assertThat(driver.findElement(By.id("agenda-status")).getText()).contains("Showing 16 of 64 sessions.");
        List<String> titles = driver.findElements(By.cssSelector("li.session h3 a")).stream()
                .map(link -> link.getText()).toList();
        assertThat(titles).hasSize(16).allMatch(title -> title.startsWith("Together in Stockholm"));
        assertAccessible("the agenda filtered by topic and language");

        browser.clickToNextPage(By.cssSelector("li.session h3 a"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Together in Stockholm");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("English, interpreted into Arabic");
        assertAccessible("a session");

        String href = driver.findElement(By.cssSelector("a.calendar")).getAttribute("href");
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment; filename=\"defenders-days-" + YEAR));
        Calendar calendar = new CalendarBuilder().build(new StringReader(download.body()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getSummary().getValue()).startsWith("Together in Stockholm");
            assertThat(event.getDateTimeStart().getParameter("TZID")).hasValueSatisfying(tzid ->
                    assertThat(tzid.getValue()).isEqualTo("Europe/Stockholm"));
            assertThat(href).contains(event.getUid().orElseThrow().getValue().replace("@defendersdays", ""));
        });
    }

    @Test
    void anArabicVisitorFiltersTheAgendaRightToLeft() {
        WebDriver driver = open("/conference/editions/" + YEAR + "/agenda?lang=ar");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("جدول أعمال أيام المدافعين " + YEAR);
        assertAccessible("the Arabic agenda");

        new Select(driver.findElement(By.id("filter-topic"))).selectByValue("digital-security");
        new Select(driver.findElement(By.id("filter-language"))).selectByValue("ru");
        browser.submitMainForm();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.id("agenda-status")).getText()).contains("عرض 16 من أصل 64 جلسة.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("الإنجليزية", "الروسية", "الاسم محجوب");
        assertAccessible("the Arabic agenda, filtered");

        browser.clickToNextPage(By.cssSelector("li.session h3 a"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.cssSelector("a.calendar")).getText()).contains("أضف هذه الجلسة");
        assertAccessible("an Arabic session");

        browser.clickToNextPage(By.cssSelector("p.people a"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(SampleProgramme.TRAINER);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(SampleProgramme.TRAINER_ORGANISATION);
        assertAccessible("an Arabic speaker page");
    }
}
