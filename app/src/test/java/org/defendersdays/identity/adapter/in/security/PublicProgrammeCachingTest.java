package org.defendersdays.identity.adapter.in.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.defendersdays.conference.config.SampleProgramme;
import org.defendersdays.identity.domain.SignInStage;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public agenda is kept and validated for visitors who are not signed in, and only for them: a
 * signed-in person's page carries their name and a sign-out form with its CSRF token, so it is made
 * for them alone, never kept, never validated, and never served to anyone else.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicProgrammeCachingTest {

    private static final int YEAR = 2177;
    private static final String AGENDA = "/conference/editions/" + YEAR + "/agenda";

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void programme(@Autowired SampleProgramme sample) {
        sample.make(YEAR);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request, String name) {
        SignedInPerson person = new SignedInPerson(UUID.randomUUID(), name, Set.of(Role.MEMBER), null, true,
                SignInStage.PASSWORD_ONLY);
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                person.getAuthorities())));
    }

    @Test
    void anAnonymousVisitGetsAKeptPageWithAValidatorAndNoSession() throws Exception {
        MockHttpServletResponse page = call(get(AGENDA));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader(HttpHeaders.ETAG)).startsWith("W/\"");
        assertThat(page.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
        assertThat(page.getHeader(HttpHeaders.VARY)).contains("Accept-Language", "Cookie");
        assertThat(page.getHeader(HttpHeaders.SET_COOKIE)).as("no session for a visitor").isNull();
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Sign in").doesNotContain("_csrf");
        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'");

        MockHttpServletResponse again = call(get(AGENDA).header(HttpHeaders.IF_NONE_MATCH,
                page.getHeader(HttpHeaders.ETAG)));
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aSignedInPersonGetsTheirOwnPageNeverKeptNorServedToOthers() throws Exception {
        MockHttpServletResponse anonymous = call(get(AGENDA + "?type=PANEL"));
        String etag = anonymous.getHeader(HttpHeaders.ETAG);

        MockHttpServletResponse mine = call(signedIn(get(AGENDA + "?type=PANEL"), "Samira Signed-In")
                .header(HttpHeaders.IF_NONE_MATCH, etag));
        assertThat(mine.getStatus()).as("never a 304 from the visitors' validator").isEqualTo(200);
        assertThat(mine.getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(mine.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        assertThat(mine.getContentAsString(StandardCharsets.UTF_8)).contains("Samira Signed-In", "_csrf")
                .doesNotContain(">Sign in<");

        MockHttpServletResponse someoneElse = call(signedIn(get(AGENDA + "?type=PANEL"), "Tomas Other"));
        assertThat(someoneElse.getContentAsString(StandardCharsets.UTF_8)).contains("Tomas Other")
                .doesNotContain("Samira Signed-In");
        MockHttpServletResponse visitor = call(get(AGENDA + "?type=PANEL"));
        assertThat(visitor.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Samira", "Tomas", "_csrf");
    }
}
