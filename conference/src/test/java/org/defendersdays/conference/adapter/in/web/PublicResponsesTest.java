package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The cache and validators behind the public programme, alone. */
class PublicResponsesTest {

    private final PublicResponses responses = new PublicResponses();

    @Test
    void aBuilderMayAskTheCacheForWhatItNeeds() {
        for (int i = 0; i < 200; i++) {
            int n = i;
            String page = responses.get("page|" + n, () -> "page of " + responses.get("programme|" + n, () -> "p" + n));
            assertThat(page).isEqualTo("page of p" + n);
        }
        assertThat(responses.get("page|7", () -> "rebuilt")).as("kept").isEqualTo("page of p7");
        assertThat(responses.<String>get("nothing", () -> null)).isNull();
    }

    @Test
    void validatorsDifferByRevisionLanguageAndVariantAndMatchWeakly() {
        String etag = responses.etag("agenda|2028|topic=x", 7, Locale.ENGLISH);
        assertThat(etag).startsWith("W/\"").endsWith("\"");
        assertThat(responses.etag("agenda|2028|topic=x", 8, Locale.ENGLISH)).isNotEqualTo(etag);
        assertThat(responses.etag("agenda|2028|topic=x", 7, Locale.forLanguageTag("ar"))).isNotEqualTo(etag);
        assertThat(responses.etag("agenda|2028|topic=y", 7, Locale.ENGLISH)).isNotEqualTo(etag);
        assertThat(responses.etag("agenda|2028|topic=x", 7, Locale.ENGLISH)).isEqualTo(etag);

        assertThat(PublicResponses.notModified(request(etag), etag)).isTrue();
        assertThat(PublicResponses.notModified(request(etag.substring(2)), etag)).as("strong form").isTrue();
        assertThat(PublicResponses.notModified(request("W/\"other\", " + etag), etag)).isTrue();
        assertThat(PublicResponses.notModified(request("*"), etag)).isTrue();
        assertThat(PublicResponses.notModified(request("W/\"other\""), etag)).isFalse();
        assertThat(PublicResponses.notModified(new MockHttpServletRequest(), etag)).isFalse();
    }

    private static MockHttpServletRequest request(String ifNoneMatch) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("If-None-Match", ifNoneMatch);
        return request;
    }
}
