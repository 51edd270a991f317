package org.defendersdays.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.defendersdays.sharedkernel.web.AccessRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Languages and messages for every page. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupportedLanguages.class)
class WebConfiguration implements WebMvcConfigurer {

    /** {@code i18n/conference.properties} gives the bundle {@code i18n/conference}; locale variants are skipped. */
    private static final Pattern BUNDLE = Pattern.compile("i18n/([a-z][a-z0-9-]*)\\.properties$");

    private final SupportedLanguages languages;

    WebConfiguration(SupportedLanguages languages) {
        this.languages = languages;
    }

    /** The chrome's own pages and assets are open to anyone. */
    @Bean
    AccessRules webAccessRules() {
        return new AccessRules("web", List.of(AccessRules.anyone("/", "/css/**", "/js/**", "/favicon.svg",
                "/api/openapi.json", "/api/openapi.json.yaml")));
    }

    /** Runs before Spring Security's filters (order -100), so the CSRF check never meets an unreadable body. */
    @Bean
    FilterRegistrationBean<UnreadableBodyFilter> unreadableBodyFilter() {
        FilterRegistrationBean<UnreadableBodyFilter> registration = new FilterRegistrationBean<>(
                new UnreadableBodyFilter());
        registration.setOrder(-1000);
        return registration;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageCookieLocaleResolver(languages);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitchInterceptor(languages, localeResolver()));
    }

    /**
     * One message source over every module's bundle ({@code i18n/<module>.properties} and its
     * translations), found on the class path, so a module brings its messages without a change here.
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(moduleBundles());
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(languages.defaultLanguage());
        return messages;
    }

    private static String[] moduleBundles() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> bundles = new TreeSet<>();
            Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull).forEach(name -> {
                Matcher matcher = BUNDLE.matcher("i18n/" + name);
                if (matcher.matches()) {
                    bundles.add("i18n/" + matcher.group(1));
                }
            });
            return bundles.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
    }
}
