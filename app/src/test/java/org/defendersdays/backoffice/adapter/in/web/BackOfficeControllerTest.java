package org.defendersdays.backoffice.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.ViewResolver;

/**
 * The shell when no module offers the person anything. Every administrative role has a section
 * today, so this renders the real page from a controller given no sections at all.
 */
@PlatformTest
class BackOfficeControllerTest {

    @Autowired
    ViewResolver thymeleafViewResolver;

    @Test
    void someoneWithoutAnySectionIsToldSoKindly() throws Exception {
        MockMvc shell = MockMvcBuilders.standaloneSetup(new BackOfficeController(roles -> List.of()))
                // Wrapped, so the standalone setup does not hand the application's resolver a stub context.
                .setViewResolvers((name, locale) -> thymeleafViewResolver.resolveViewName(name, locale))
                .setCustomArgumentResolvers(new SignedIn(new CurrentPerson(PersonId.generate(), "New admin",
                        Set.of(Role.MEMBER, Role.COMMUNITY_MODERATOR))))
                .build();

        String page = shell.perform(get("/admin")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<h1>Back office</h1>", "There is nothing for you to manage here yet.")
                .doesNotContain("data-section=");
    }

    private record SignedIn(CurrentPerson person) implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return CurrentPerson.class.equals(parameter.getParameterType());
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                NativeWebRequest request, WebDataBinderFactory binders) {
            return person;
        }
    }
}
