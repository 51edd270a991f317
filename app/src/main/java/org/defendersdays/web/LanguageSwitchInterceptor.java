package org.defendersdays.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Applies the language switch: {@code ?lang=ar} on any page. Unsupported or malformed values are
 * ignored (the page stays in the current language), never an error.
 */
class LanguageSwitchInterceptor implements HandlerInterceptor {

    static final String PARAMETER = "lang";

    private final SupportedLanguages languages;
    private final LocaleResolver localeResolver;

    LanguageSwitchInterceptor(SupportedLanguages languages, LocaleResolver localeResolver) {
        this.languages = languages;
        this.localeResolver = localeResolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String requested = request.getParameter(PARAMETER);
        if (requested != null && requested.length() <= 8) {
            languages.find(requested.strip()).ifPresent(locale -> localeResolver.setLocale(request, response, locale));
        }
        return true;
    }
}
