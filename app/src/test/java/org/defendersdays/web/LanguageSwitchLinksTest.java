package org.defendersdays.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.defendersdays.conference.config.SampleProgramme;
import org.defendersdays.testing.Http;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The language switch on real pages keeps what the visitor filtered by, and changes only the language. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageSwitchLinksTest {

    private static final int YEAR = 2180;
    private static final String AGENDA = "/conference/editions/" + YEAR + "/agenda";

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @BeforeAll
    void programme(@Autowired SampleProgramme sample) {
        sample.make(YEAR);
    }

    private String page(String address) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(URI.create(address))).andReturn().getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String switchOf(String page) {
        int start = page.indexOf("<nav class=\"language-switch\"");
        return page.substring(start, page.indexOf("</nav>", start));
    }

    @Test
    void aFilteredAgendaKeepsItsFiltersInEveryLanguage() throws Exception {
        String links = switchOf(page(AGENDA + "?topic=digital-security&language=ru&lang=en"));

        for (String language : new String[] { "en", "es", "fr", "ru", "ar" }) {
            assertThat(links).contains("href=\"?topic=digital-security&amp;language=ru&amp;lang=" + language + "\"");
        }
        assertThat(links).doesNotContain("lang=en&amp;").contains("aria-current=\"true\"")
                .containsPattern("href=\"[^\"]*lang=ar\" lang=\"ar\" dir=\"rtl\"\\s+hreflang=\"ar\"");
    }

    @Test
    void aKeptAgendaNeverCarriesAnotherVisitorsExtraParameters() throws Exception {
        String first = switchOf(page(AGENDA + "?type=workshop&utm_source=somewhere%26else&lang=fr"));
        String second = switchOf(page(AGENDA + "?type=WORKSHOP&lang=fr"));

        assertThat(first).isEqualTo(second).contains("href=\"?type=WORKSHOP&amp;lang=es\"")
                .doesNotContain("utm_source", "somewhere");
    }

    @Test
    void anyPageKeepsItsParametersEncoded() throws Exception {
        String links = switchOf(page("/?lang=ar&q=%D8%A3%D9%8A%D8%A7%D9%85+%D0%94%D0%B0%D0%B8%26x%23"));

        assertThat(links).contains("href=\"?q=%D8%A3%D9%8A%D8%A7%D9%85+%D0%94%D0%B0%D0%B8%26x%23&amp;lang=en\"")
                .doesNotContain("http:", "localhost");
    }

    @Test
    void anErrorPageStillSwitchesLanguageOnTheSameAddress() {
        HttpResponse<String> missing = new Http(port).get("/no-such-page?lang=ru");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(switchOf(missing.body())).contains("href=\"?lang=ar\"").doesNotContain("/error");
    }
}
