package org.defendersdays.identity.adapter.in.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.defendersdays.identity.domain.SignInStage;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Deny by default, checked exhaustively. Every endpoint the application registers (read from the
 * handler mappings, so a new endpoint joins automatically) must be classified below, and is then
 * called as an anonymous visitor, a member, and a holder of each role: nobody reaches what they
 * should not, and everybody reaches what they should.
 */
@PlatformTest
class AccessMatrixTest {

    /** Who an endpoint is for. */
    private record Audience(String name, boolean anonymous, boolean halfSignedIn, boolean anyMember,
            boolean secondFactorPassed, Set<Role> roles) {

        boolean admits(Persona persona) {
            if (anonymous) {
                return true;
            }
            if (persona.stage() == null) {
                return false;
            }
            if (persona.stage() == SignInStage.AWAITING_SECOND_FACTOR) {
                return halfSignedIn;
            }
            boolean holdsRole = persona.roles().stream().anyMatch(roles::contains);
            boolean administrative = roles.stream().anyMatch(Role::isAdministrative);
            boolean withSecondFactor = persona.stage() == SignInStage.WITH_SECOND_FACTOR;
            if (secondFactorPassed && !withSecondFactor) {
                return false;
            }
            return anyMember || holdsRole && (!administrative || withSecondFactor);
        }
    }

    private static final Audience ANYONE = new Audience("anyone", true, false, false, false, Set.of());
    private static final Audience HALF_SIGNED_IN = new Audience("half signed in", false, true, false, false, Set.of());
    private static final Audience MEMBERS = new Audience("members", false, false, true, false, Set.of());
    private static final Audience MEMBERS_WITH_SECOND_FACTOR = new Audience("members who passed a second factor",
            false, false, true, true, Set.of());
    private static final Audience NOBODY = new Audience("nobody", false, false, false, false, Set.of());

    private static Audience roles(Role... roles) {
        return new Audience("roles " + List.of(roles), false, false, false, false, Set.of(roles));
    }

    /** The classification of every endpoint: method and pattern as the handler mappings declare them. */
    private static final Map<String, Audience> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("GET /", ANYONE);
        EXPECTED.put("GET /conference/editions", ANYONE);
        EXPECTED.put("GET /conference/editions/{year}", ANYONE);
        EXPECTED.put("GET /conference/speakers/{id}/photo/{sha256}.jpg", ANYONE);
        EXPECTED.put("GET /conference/editions/{year}/agenda", ANYONE);
        EXPECTED.put("GET /conference/editions/{year}/agenda.ics", ANYONE);
        EXPECTED.put("GET /conference/editions/{year}/sessions/{id}", ANYONE);
        EXPECTED.put("GET /conference/editions/{year}/sessions/{id}.ics", ANYONE);
        EXPECTED.put("GET /conference/speakers/{id}", ANYONE);
        EXPECTED.put("GET /api/conference", ANYONE);
        EXPECTED.put("GET /api/conference/editions", ANYONE);
        EXPECTED.put("GET /api/conference/editions/{year}", ANYONE);
        EXPECTED.put("GET /api/conference/editions/{year}/sessions", ANYONE);
        EXPECTED.put("GET /api/conference/editions/{year}/sessions/{id}", ANYONE);
        EXPECTED.put("GET /api/conference/speakers/{id}", ANYONE);
        EXPECTED.put("GET /api/openapi.json", ANYONE);
        EXPECTED.put("GET /api/openapi.json.yaml", ANYONE);
        EXPECTED.put("GET /bootcamp/programmes", ANYONE);
        EXPECTED.put("GET /bootcamp/programmes/{slug}", ANYONE);
        EXPECTED.put("GET /community/groups", ANYONE);
        EXPECTED.put("GET /community/groups/{id}", ANYONE);
        EXPECTED.put("GET /login", ANYONE);
        EXPECTED.put("GET /register", ANYONE);
        EXPECTED.put("POST /register", ANYONE);
        EXPECTED.put("GET /register/check-mail", ANYONE);
        EXPECTED.put("GET /verify-email", ANYONE);
        EXPECTED.put("POST /verify-email", ANYONE);
        EXPECTED.put("GET /password-reset", ANYONE);
        EXPECTED.put("POST /password-reset", ANYONE);
        EXPECTED.put("GET /password-reset/sent", ANYONE);
        EXPECTED.put("GET /password-reset/new", ANYONE);
        EXPECTED.put("POST /password-reset/new", ANYONE);
        EXPECTED.put("GET /invitation", ANYONE);
        EXPECTED.put("POST /invitation", ANYONE);
        EXPECTED.put("GET /account", MEMBERS);
        EXPECTED.put("POST /account/sessions/{handle}/end", MEMBERS);
        EXPECTED.put("POST /account/sessions/end-all", MEMBERS);
        EXPECTED.put("GET /account/second-factor", MEMBERS);
        EXPECTED.put("POST /account/second-factor", MEMBERS);
        EXPECTED.put("GET /account/second-factor/qr.svg", MEMBERS);
        EXPECTED.put("GET /account/passkeys", MEMBERS);
        EXPECTED.put("POST /account/passkeys/options", MEMBERS_WITH_SECOND_FACTOR);
        EXPECTED.put("POST /account/passkeys", MEMBERS_WITH_SECOND_FACTOR);
        EXPECTED.put("POST /account/passkeys/remove", MEMBERS_WITH_SECOND_FACTOR);
        EXPECTED.put("POST /login/passkey/options", ANYONE);
        EXPECTED.put("POST /login/passkey", ANYONE);
        EXPECTED.put("GET /login/second-factor", HALF_SIGNED_IN);
        EXPECTED.put("POST /login/second-factor", HALF_SIGNED_IN);
        EXPECTED.put("GET /admin", roles(Role.REVIEWER, Role.CONFERENCE_ADMIN, Role.BOOTCAMP_ADMIN,
                Role.COMMUNITY_MODERATOR, Role.PLATFORM_ADMIN));
        EXPECTED.put("GET /admin/conference/editions", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/editions/new", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/editions/{id}", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions/{id}", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions/{id}/announce", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions/{id}/archive", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/speakers", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/speakers", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/speakers/new", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/speakers/{id}", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/speakers/{id}", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/speakers/{id}/consent", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/speakers/{id}/consent/withdraw", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/speakers/{id}/participant", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/speakers/{id}/participant", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/speakers/{id}/participant/unlink", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/speakers/{id}/photo", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/speakers/{id}/photo/remove", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/speakers/{id}/photo/{sha256}.jpg", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions/{id}/publish-programme", roles(Role.CONFERENCE_ADMIN));
        String programme = "/admin/conference/editions/{edition}/programme";
        for (String endpoint : List.of("GET ", "POST /publish", "GET /{kind}", "POST /{kind}", "GET /{kind}/{item}",
                "POST /{kind}/{item}", "POST /{kind}/{item}/delete", "GET /sessions/new", "POST /sessions", "GET /sessions/{session}",
                "POST /sessions/{session}", "POST /sessions/{session}/delete")) {
            String[] parts = endpoint.split(" ");
            EXPECTED.put(parts[0] + " " + programme + (parts.length > 1 ? parts[1] : ""), roles(Role.CONFERENCE_ADMIN));
        }
        EXPECTED.put("GET /admin/conference/topics", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/topics", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/topics/{slug}", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/topics/{slug}", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/topics/{slug}/delete", roles(Role.CONFERENCE_ADMIN));
        // Blind review (reviewers and conference admins), selection and export (conference admins only),
        // and the applicant's answer to an offered place (members).
        EXPECTED.put("GET /admin/conference/review", roles(Role.REVIEWER, Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/review/{year}", roles(Role.REVIEWER, Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/review/applications/{id}", roles(Role.REVIEWER, Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/review/applications/{id}", roles(Role.REVIEWER, Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/editions/{year}/selection", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/editions/{year}/selection.csv", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions/{year}/selection/{id}/decision", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions/{year}/selection/{id}/waitlist", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions/{year}/selection/{id}/high-risk", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /conference/editions/{year}/place", MEMBERS);
        EXPECTED.put("POST /conference/editions/{year}/place/confirm", MEMBERS);
        EXPECTED.put("POST /conference/editions/{year}/place/decline", MEMBERS);
        // Calls for applications and applying (issue 5): a member's own application; the call and the
        // audited page with an application's sealed fields for conference admins.
        EXPECTED.put("GET /conference/editions/{year}/application", MEMBERS);
        EXPECTED.put("POST /conference/editions/{year}/application", MEMBERS);
        EXPECTED.put("GET /conference/editions/{year}/application/withdraw", MEMBERS);
        EXPECTED.put("POST /conference/editions/{year}/application/withdraw", MEMBERS);
        EXPECTED.put("GET /admin/conference/editions/{year}/call", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions/{year}/call", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/applications/{id}/sensitive", roles(Role.CONFERENCE_ADMIN));
        // Visa invitation letters and travel support (issue 5): members reach the pages, the controllers
        // then admit only the edition's confirmed participants; the back office is for conference admins.
        EXPECTED.put("GET /conference/editions/{year}/visa-letter", MEMBERS);
        EXPECTED.put("POST /conference/editions/{year}/visa-letter", MEMBERS);
        EXPECTED.put("GET /conference/editions/{year}/visa-letter.pdf", MEMBERS);
        EXPECTED.put("GET /conference/editions/{year}/travel-support", MEMBERS);
        EXPECTED.put("POST /conference/editions/{year}/travel-support", MEMBERS);
        EXPECTED.put("GET /admin/conference/travel", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/editions/{year}/visa-letters", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/editions/{year}/visa-letters/{id}", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions/{year}/visa-letters/{id}/approve", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions/{year}/visa-letters/{id}/refuse", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/editions/{year}/visa-letters/{id}/letter.pdf", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/editions/{year}/travel-support", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/editions/{year}/travel-support/{id}", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/editions/{year}/travel-support/{id}/contact", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions/{year}/travel-support/{id}/approve", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /admin/conference/editions/{year}/travel-support/{id}/refuse", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/bootcamp/programmes", roles(Role.BOOTCAMP_ADMIN));
        EXPECTED.put("POST /admin/bootcamp/programmes", roles(Role.BOOTCAMP_ADMIN));
        EXPECTED.put("GET /admin/bootcamp/programmes/new", roles(Role.BOOTCAMP_ADMIN));
        EXPECTED.put("GET /admin/bootcamp/programmes/{id}", roles(Role.BOOTCAMP_ADMIN));
        EXPECTED.put("POST /admin/bootcamp/programmes/{id}", roles(Role.BOOTCAMP_ADMIN));
        EXPECTED.put("POST /admin/bootcamp/programmes/{id}/publish", roles(Role.BOOTCAMP_ADMIN));
        EXPECTED.put("POST /admin/bootcamp/programmes/{id}/retire", roles(Role.BOOTCAMP_ADMIN));
        EXPECTED.put("GET /admin/community/groups", roles(Role.COMMUNITY_MODERATOR));
        EXPECTED.put("POST /admin/community/groups", roles(Role.COMMUNITY_MODERATOR));
        EXPECTED.put("GET /admin/community/groups/new", roles(Role.COMMUNITY_MODERATOR));
        EXPECTED.put("GET /admin/community/groups/{id}", roles(Role.COMMUNITY_MODERATOR));
        EXPECTED.put("POST /admin/community/groups/{id}", roles(Role.COMMUNITY_MODERATOR));
        EXPECTED.put("POST /admin/community/groups/{id}/publish", roles(Role.COMMUNITY_MODERATOR));
        EXPECTED.put("POST /admin/community/groups/{id}/archive", roles(Role.COMMUNITY_MODERATOR));
        EXPECTED.put("GET /admin/audit", roles(Role.PLATFORM_ADMIN));
        EXPECTED.put("POST /admin/audit/verify", roles(Role.PLATFORM_ADMIN));
        EXPECTED.put("GET /admin/users", roles(Role.PLATFORM_ADMIN));
        EXPECTED.put("POST /admin/users", roles(Role.PLATFORM_ADMIN));
        EXPECTED.put("GET /admin/users/invite", roles(Role.PLATFORM_ADMIN));
        EXPECTED.put("POST /admin/users/invite", roles(Role.PLATFORM_ADMIN));
        EXPECTED.put("GET /admin/users/{id}", roles(Role.PLATFORM_ADMIN));
        EXPECTED.put("POST /admin/users/{id}/roles/grant", roles(Role.PLATFORM_ADMIN));
        EXPECTED.put("POST /admin/users/{id}/roles/revoke", roles(Role.PLATFORM_ADMIN));
        EXPECTED.put("POST /admin/users/{id}/lock", roles(Role.PLATFORM_ADMIN));
        EXPECTED.put("POST /admin/users/{id}/unlock", roles(Role.PLATFORM_ADMIN));
        EXPECTED.put("POST /admin/users/{id}/sign-out", roles(Role.PLATFORM_ADMIN));
        // Participant list, feedback surveys, group membership and bootcamp preparation offers (issue 5, part 5):
        // members only; the pages themselves admit only confirmed participants (others get 404 with a reason).
        EXPECTED.put("GET /conference/editions/{year}/participants", MEMBERS);
        EXPECTED.put("GET /conference/editions/{year}/feedback", MEMBERS);
        EXPECTED.put("GET /conference/editions/{year}/feedback/{session}", MEMBERS);
        EXPECTED.put("POST /conference/editions/{year}/feedback/{session}", MEMBERS);
        EXPECTED.put("GET /admin/conference/feedback", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("GET /admin/conference/editions/{year}/feedback", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("POST /community/groups/{id}/leave", MEMBERS);
        EXPECTED.put("GET /bootcamp/offers", MEMBERS);
        EXPECTED.put("GET /admin/bootcamp/programmes/{id}/preparation", roles(Role.BOOTCAMP_ADMIN));
        EXPECTED.put("POST /admin/bootcamp/programmes/{id}/preparation", roles(Role.BOOTCAMP_ADMIN));
        // Workshop sign-up (issue 5): a member's personal programme (the use case then requires a
        // confirmed place), the private calendar feed by its secret address, seat counts for admins.
        EXPECTED.put("GET /conference/editions/{year}/my-programme", MEMBERS);
        EXPECTED.put("POST /conference/editions/{year}/my-programme/sign-up", MEMBERS);
        EXPECTED.put("POST /conference/editions/{year}/my-programme/leave", MEMBERS);
        EXPECTED.put("POST /conference/editions/{year}/my-programme/calendar", MEMBERS);
        EXPECTED.put("POST /conference/editions/{year}/my-programme/calendar/revoke", MEMBERS);
        EXPECTED.put("GET /conference/calendar/{token}.ics", ANYONE);
        EXPECTED.put("GET /admin/conference/workshops", roles(Role.CONFERENCE_ADMIN));
        EXPECTED.put("ANY /error", ANYONE);
        EXPECTED.put("GET /actuator/health", ANYONE);
        EXPECTED.put("GET /actuator/health/**", NOBODY);
        EXPECTED.put("GET /actuator", NOBODY);
    }

    /**
     * Who calls: nobody signed in; someone who has passed the password but not yet the second
     * factor; a plain member; a member holding one more role (with a second factor); and a platform
     * admin signed in with the password only.
     */
    private record Persona(String name, Set<Role> roles, SignInStage stage) {
    }

    private static List<Persona> personas() {
        List<Persona> personas = new ArrayList<>();
        personas.add(new Persona("anonymous", Set.of(), null));
        personas.add(new Persona("half signed-in admin", EnumSet.of(Role.MEMBER, Role.PLATFORM_ADMIN),
                SignInStage.AWAITING_SECOND_FACTOR));
        personas.add(new Persona("member", Set.of(Role.MEMBER), SignInStage.PASSWORD_ONLY));
        for (Role role : Role.values()) {
            if (role != Role.MEMBER) {
                personas.add(new Persona(role.name().toLowerCase(), EnumSet.of(Role.MEMBER, role),
                        SignInStage.WITH_SECOND_FACTOR));
            }
        }
        personas.add(new Persona("platform admin without second factor", EnumSet.of(Role.MEMBER, Role.PLATFORM_ADMIN),
                SignInStage.PASSWORD_ONLY));
        return personas;
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private Set<String> registeredEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + pattern);
                    } else {
                        methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
                    }
                }
            });
        }
        return endpoints;
    }

    @Test
    void everyRegisteredEndpointIsClassifiedAndNoClassificationIsStale() {
        assertThat(registeredEndpoints())
                .as("endpoints without a classification in AccessMatrixTest (add them, deciding who may reach them)")
                .isSubsetOf(EXPECTED.keySet());
        assertThat(EXPECTED.keySet())
                .as("classified endpoints that no longer exist")
                .isSubsetOf(registeredEndpoints());
    }

    @TestFactory
    Stream<DynamicTest> everyoneReachesExactlyWhatTheyShould() {
        return EXPECTED.entrySet().stream().flatMap(endpoint -> personas().stream().map(persona -> DynamicTest
                .dynamicTest(endpoint.getKey() + " as " + persona.name() + " (for " + endpoint.getValue().name() + ")",
                        () -> check(endpoint.getKey(), endpoint.getValue(), persona))));
    }

    private void check(String endpoint, Audience audience, Persona persona) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf("ANY".equals(method) ? "GET" : method), path)
                .with(csrf());
        if (persona.stage() != null) {
            SignedInPerson principal = new SignedInPerson(UUID.randomUUID(), "Tester", persona.roles(), null, true,
                    persona.stage());
            call = call.with(authentication(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities())));
        }
        MockHttpServletResponse response = mvc.perform(call).andReturn().getResponse();

        String redirect = String.valueOf(response.getRedirectedUrl());
        boolean sentElsewhere = response.getStatus() == 302 && (redirect.endsWith("/login")
                || redirect.endsWith("/login/second-factor") || redirect.endsWith("/account/second-factor?required"));
        // A module may refuse a person security let through, for a reason of its own, with its own page
        // (visa letters: "only for confirmed participants"); that is not an access rule at work.
        boolean refusedByTheModule = response.getStatus() == 403
                && response.getContentAsString().contains("data-refused-by=\"module\"");
        boolean denied = response.getStatus() == 401 || (response.getStatus() == 403 && !refusedByTheModule)
                || sentElsewhere;
        if (audience.admits(persona)) {
            assertThat(denied).as(endpoint + " should admit " + persona.name() + " but answered "
                    + response.getStatus()).isFalse();
        } else {
            assertThat(denied).as(endpoint + " should refuse " + persona.name() + " but answered "
                    + response.getStatus()).isTrue();
        }
    }

    /** Fills path variables with plausible values and wildcards with a segment. */
    private static String concrete(String pattern) {
        return pattern.replace("{year}", "2018")
                .replace("{slug}", "digital-security-foundations")
                .replace("{id}", UUID.randomUUID().toString())
                .replace("{sha256}", "0123456789abcdef".repeat(4))
                .replace("{edition}", UUID.randomUUID().toString())
                .replace("{session}", UUID.randomUUID().toString())
                .replace("{item}", UUID.randomUUID().toString())
                .replace("{kind}", "rooms")
                .replace("{handle}", "0123456789abcdef01234567")
                .replace("{token}", "A".repeat(43))
                .replace("/**", "/liveness");
    }
}
