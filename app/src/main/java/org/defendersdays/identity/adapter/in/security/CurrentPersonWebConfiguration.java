package org.defendersdays.identity.adapter.in.security;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Makes {@code CurrentPerson} available as a controller parameter in every module. */
@Configuration(proxyBeanMethods = false)
class CurrentPersonWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentPersonArgumentResolver());
    }
}
