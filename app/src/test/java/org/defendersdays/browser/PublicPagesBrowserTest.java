package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A visitor walks the public pages in a real headless Chromium, in English and in Arabic (and
 * through Spanish, French and Russian): home, the editions, one edition; then the bootcamp
 * catalogue and the community's groups. Each page is
 * checked for what a person sees, for serious accessibility problems (axe-core), for requests to
 * other sites, and for its weight.
 */
@PlatformTest
class PublicPagesBrowserTest extends BrowserTest {

    /** A page with its stylesheet and icon; generous, the pages weigh a few kilobytes. */
    private static final long MAX_PAGE_BYTES = 50_000;

    private void assertSoundPage(String what) {
        assertAccessible(what);
        assertThat(browser.transferredBytes()).as("bytes of " + what).isLessThan(MAX_PAGE_BYTES);
    }

    @Test
    void aVisitorFindsThePastEditionsInEnglish() {
        WebDriver driver = open("/?lang=en");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Defenders' Days");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Strengthen the capacity and protection of human rights defenders")
                .contains("defendersdays@crd.org");
        assertSoundPage("the home page");

        driver.findElement(By.linkText("Conference")).click();
        assertThat(driver.getTitle()).startsWith("Conference editions");
        WebElement past = driver.findElement(By.id("past-heading")).findElement(By.xpath(".."));
        assertThat(past.findElements(By.cssSelector("h3 a"))).extracting(WebElement::getText)
                .containsSubsequence("Defenders' Days 2018", "Defenders' Days 2016", "Defenders' Days 2015",
                        "Defenders' Days 2014", "Defenders' Days 2013");
        assertThat(driver.findElement(By.id("upcoming-heading")).findElement(By.xpath("..")).getText())
                .contains("Defenders' Days 2028");
        assertSoundPage("the editions");

        driver.findElement(By.linkText("Defenders' Days 2018")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/conference/editions/2018");
        String edition = driver.findElement(By.tagName("main")).getText();
        assertThat(edition).contains("9 April to 12 April 2018", "Stockholm", "About 200 human rights defenders",
                "Digital security", "Psychosocial aspects of security", "Past edition");
        assertSoundPage("the 2018 edition");
    }

    @Test
    void aVisitorSwitchesToArabicAndThePagesTurnRightToLeft() {
        WebDriver driver = open("/?lang=en");
        driver.findElement(By.cssSelector(".language-switch a[lang='ar']")).click();

        WebElement html = driver.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo("ar");
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("أيام المدافعين");
        assertSoundPage("the Arabic home page");

        driver.findElement(By.linkText("المؤتمر")).click();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("مؤتمر أيام المدافعين");
        assertSoundPage("the Arabic editions");

        driver.findElement(By.linkText("أيام المدافعين 2018")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/conference/editions/2018");
        String edition = driver.findElement(By.tagName("main")).getText();
        assertThat(edition).contains("دورة سابقة", "الأمن الرقمي", "Stockholm");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertSoundPage("the Arabic 2018 edition");

        driver.findElement(By.cssSelector(".language-switch a[lang='en']")).click();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
    }

    @Test
    void aVisitorSwitchesToSpanishFrenchAndRussianAndThePagesStayLeftToRight() {
        WebDriver driver = open("/?lang=en");

        driver.findElement(By.cssSelector(".language-switch a[lang='es']")).click();
        WebElement html = driver.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo("es");
        assertThat(html.getAttribute("dir")).isEqualTo("ltr");
        driver.findElement(By.linkText("Bootcamp")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Bootcamp: formación a distancia para personas defensoras de derechos humanos");
        assertSoundPage("the Spanish bootcamp catalogue");

        driver.findElement(By.cssSelector(".language-switch a[lang='fr']")).click();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        driver.findElement(By.linkText("Conférence")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("La conférence Defenders' Days");
        assertSoundPage("the French editions");

        driver.findElement(By.cssSelector(".language-switch a[lang='ru']")).click();
        html = driver.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo("ru");
        assertThat(html.getAttribute("dir")).isEqualTo("ltr");
        driver.findElement(By.linkText("Defenders' Days 2018")).click();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("С 9 апреля по 12 апреля 2018 г.", "Около 200 правозащитников", "Цифровая безопасность");
        assertSoundPage("the Russian 2018 edition");
    }

    @Test
    void aVisitorBrowsesTheBootcampCatalogueAndTheCommunityGroups() {
        WebDriver driver = open("/?lang=en");

        driver.findElement(By.linkText("Bootcamp")).click();
        assertThat(driver.findElements(By.cssSelector("main li")).size()).isGreaterThanOrEqualTo(4);
        assertSoundPage("the bootcamp catalogue");

        driver.findElement(By.linkText("Community")).click();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("2018");
        assertSoundPage("the community groups");
    }

    @Test
    void aMistypedAddressShowsAFriendlyPageInTheVisitorsLanguage() {
        WebDriver driver = open("/conference/editions/1999?lang=ar");

        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("الصفحة غير موجودة");
        assertSoundPage("the Arabic not-found page");
    }
}
