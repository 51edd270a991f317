package org.defendersdays.sharedkernel.testing;

import java.util.List;
import java.util.Objects;

import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Stands in, in a module's own tests, for what the app provides to controllers: the signed-in
 * person as a {@link CurrentPerson} argument, here always the same one. Register it as a bean.
 */
public final class SignedInAs implements WebMvcConfigurer {

    private final CurrentPerson person;

    public SignedInAs(CurrentPerson person) {
        this.person = Objects.requireNonNull(person, "person");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return CurrentPerson.class.equals(parameter.getParameterType());
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binders) {
                return person;
            }
        });
    }
}
