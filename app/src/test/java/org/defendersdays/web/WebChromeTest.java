package org.defendersdays.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.defendersdays.testing.Http;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chrome every page shares: language, direction, error pages, health; over real HTTP. */
@PlatformTest
class WebChromeTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String... headers) {
        return new Http(port).get(path, headers);
    }

    @Test
    void theHomePageSaysWhatDefendersDaysIs() {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("<html lang=\"en\" dir=\"ltr\">")
                .contains("Defenders&#39; Days")
                .contains("Conference", "Bootcamp", "Community")
                .contains("Strengthen the capacity and protection of human rights defenders")
                .contains("mailto:defendersdays@crd.org", "#defendersdays");
    }

    @Test
    void theLanguageSwitchTurnsThePageRightToLeftAndIsRemembered() {
        HttpResponse<String> arabic = get("/?lang=ar");

        assertThat(arabic.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("أيام المدافعين");
        String cookie = arabic.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("lang=ar").contains("HttpOnly").contains("SameSite=Lax");

        assertThat(get("/conference/editions", "Cookie", "lang=ar").body()).contains("dir=\"rtl\"");
    }

    @Test
    void arabicPagesWriteNumbersInLatinDigitsOnEveryJdk() {
        assertThat(get("/conference/editions/2018", "Cookie", "lang=ar").body())
                .contains("أيام المدافعين 2018")
                .contains("نحو 200 من المدافعين")
                .doesNotContain("٢٠١٨");
    }

    @Test
    void theBrowsersLanguageIsUsedWhenSupportedAndEnglishOtherwise() {
        assertThat(get("/", "Accept-Language", "ar-EG,ar;q=0.9").body()).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(get("/", "Accept-Language", "de-DE").body()).contains("<html lang=\"en\" dir=\"ltr\">");
        assertThat(get("/", "Accept-Language", "#!bogus").body()).contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void unsupportedOrForgedLanguagesAreIgnored() {
        HttpResponse<String> unsupported = get("/?lang=de");

        assertThat(unsupported.statusCode()).isEqualTo(200);
        assertThat(unsupported.body()).contains("<html lang=\"en\" dir=\"ltr\">");
        assertThat(unsupported.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(get("/?lang=%3Cscript%3E").statusCode()).isEqualTo(200);
        assertThat(get("/", "Cookie", "lang=xx").body()).contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void anUnknownPageIsAFriendlyNotFoundInTheVisitorsLanguage() {
        HttpResponse<String> english = get("/no/such/page");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("Page not found").contains("Go to the home page");

        HttpResponse<String> arabic = get("/conference/editions/1999", "Accept-Language", "ar");
        assertThat(arabic.statusCode()).isEqualTo(404);
        assertThat(arabic.body()).contains("dir=\"rtl\"").contains("الصفحة غير موجودة");
    }

    @Test
    void aMalformedIdentifierIsABadRequestWithoutAStackTrace() {
        HttpResponse<String> response = get("/conference/editions/twenty-eighteen");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("We could not understand that request")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void pagesLoadNothingFromOtherSites() {
        for (String path : List.of("/", "/conference/editions", "/conference/editions/2018", "/bootcamp/programmes",
                "/community/groups", "/no/such/page")) {
            assertThat(get(path).body()).as(path)
                    .doesNotContainPattern("(src|href)=\"(https?:)?//")
                    .doesNotContain("<script");
        }
    }

    @Test
    void theStylesheetHasAContentHashedAddressAndIsCachedForLong() {
        String home = get("/").body();
        String stylesheet = home.replaceAll("(?s).*href=\"(/css/site-[0-9a-f]{32}\\.css)\".*", "$1");

        assertThat(stylesheet).startsWith("/css/site-");
        HttpResponse<String> css = get(stylesheet, "Accept", "text/css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=31536000"));
    }

    @Test
    void healthReportsTheDatabase() {
        HttpResponse<String> health = get("/actuator/health", "Accept", "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
    }
}
