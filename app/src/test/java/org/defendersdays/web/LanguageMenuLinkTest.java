package org.defendersdays.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.defendersdays.sharedkernel.web.PageQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The language switch's links: the current page and its query, with only {@code lang} replaced. */
class LanguageMenuLinkTest {

    private final LanguageMenu menu = new LanguageMenu(new SupportedLanguages(null));

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void current(MockHttpServletRequest request) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void withoutAQueryTheLinkOnlyChoosesTheLanguage() {
        assertThat(LanguageMenu.link(null, "ar")).isEqualTo("?lang=ar");
        assertThat(LanguageMenu.link("", "ar")).isEqualTo("?lang=ar");
        assertThat(LanguageMenu.link("lang=en", "ru")).isEqualTo("?lang=ru");
    }

    @Test
    void langIsReplacedOnceAndEveryOtherParameterKeptInOrder() {
        assertThat(LanguageMenu.link("topic=digital-security&lang=en&language=ru&day=2018-05-02", "ar"))
                .isEqualTo("?topic=digital-security&language=ru&day=2018-05-02&lang=ar");
        assertThat(LanguageMenu.link("lang=en&lang=fr&a=1&lang=es&a=2", "ru")).isEqualTo("?a=1&a=2&lang=ru");
        assertThat(LanguageMenu.link("%6Cang=en&b=2", "fr")).as("an encoded name is still lang")
                .isEqualTo("?b=2&lang=fr");
        assertThat(LanguageMenu.link("language=ru&Lang=x&langs=y", "en")).as("only lang itself")
                .isEqualTo("?language=ru&Lang=x&langs=y&lang=en");
    }

    @Test
    void namesAndValuesAreEncodedAgainSoTheyArriveUnchanged() {
        assertThat(LanguageMenu.link("q=civil+society%20groups&x=%26%23%3D%2B%3F%2F", "en"))
                .isEqualTo("?q=civil+society+groups&x=%26%23%3D%2B%3F%2F&lang=en");
        assertThat(LanguageMenu.link("city=%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9&name=Москва", "ar"))
                .isEqualTo("?city=%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9&name=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0"
                        + "&lang=ar");
        assertThat(LanguageMenu.link("x=\"><script>alert(1)</script>&y=a#b", "en"))
                .isEqualTo("?x=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E&y=a%23b&lang=en");
        assertThat(LanguageMenu.link("a=&flag&&b=1", "en")).isEqualTo("?a=&flag&b=1&lang=en");
    }

    @Test
    void piecesThatCannotBeDecodedAreLeftOut() {
        assertThat(LanguageMenu.link("a=%zz&b=1&%=2&c=%E", "en")).isEqualTo("?b=1&lang=en");
    }

    @Test
    void theLinkComesFromTheCurrentRequestAndNeverCarriesItsHostOrScheme() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/community/groups");
        request.setScheme("https");
        request.setServerName("evil.example");
        request.setServerPort(8443);
        request.addHeader("Host", "evil.example:8443");
        request.addHeader("X-Forwarded-Host", "attacker.example");
        request.addHeader("Forwarded", "host=attacker.example;proto=http");
        request.setQueryString("region=%D0%90%D0%B7%D0%B8%D1%8F&lang=en&page=2");
        current(request);

        assertThat(menu.link("ru")).isEqualTo("?region=%D0%90%D0%B7%D0%B8%D1%8F&page=2&lang=ru")
                .doesNotContain("evil", "attacker", "//", "http");
    }

    @Test
    void aPostResultKeepsOnlyItsAddressesQueryNeverItsFormFields() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/register");
        request.setQueryString("edition=2018");
        request.addParameter("edition", "2018");
        request.addParameter("email", "someone@example.org");
        current(request);

        assertThat(menu.link("fr")).isEqualTo("?edition=2018&lang=fr");
    }

    @Test
    void aKeptPageUsesTheQueryItWasBuiltFromNotTheVisitorsOwn() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/conference/editions/2018/agenda");
        request.setQueryString("topic=digital-security&utm_source=somewhere");
        request.setAttribute(PageQuery.ATTRIBUTE, "topic=digital-security");
        current(request);

        assertThat(menu.link("es")).isEqualTo("?topic=digital-security&lang=es");
    }

    @Test
    void outsideARequestTheLinkOnlyChoosesTheLanguage() {
        assertThat(menu.link("ar")).isEqualTo("?lang=ar");
    }
}
