package org.defendersdays.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Keeps a request whose body cannot be read as parameters (an upload over the size limit) from
 * ending in a server error. Since Servlet 6.1, Tomcat throws from every {@code getParameter} call of
 * such a request, first of all from the CSRF check. Here the parameters are read once, before
 * anything else; if that fails, the rest of the chain sees the address's query parameters only. A
 * form whose CSRF token is only in its body is then refused as forged (403); the photo upload form
 * carries its token in the address too, so it reaches its controller, where reading the file fails
 * with Spring's {@code MaxUploadSizeExceededException} and the page explains it next to the field.
 */
final class UnreadableBodyFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            chain.doFilter(new QueryParametersOnly(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request, with its parameters taken from the query string alone. */
    private static final class QueryParametersOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        QueryParametersOnly(HttpServletRequest request) {
            super(request);
            Map<String, String[]> read = new LinkedHashMap<>();
            String query = request.getQueryString();
            if (query != null) {
                MultiValueMap<String, String> raw = UriComponentsBuilder.newInstance().query(query).build()
                        .getQueryParams();
                raw.forEach((name, values) -> {
                    try {
                        read.put(decode(name), values.stream().map(value -> value == null ? "" : decode(value))
                                .toArray(String[]::new));
                    } catch (IllegalArgumentException malformed) {
                        // a parameter that is not properly encoded is left out, as if it had not been sent
                    }
                });
            }
            this.parameters = Collections.unmodifiableMap(read);
        }

        private static String decode(String text) {
            return UriUtils.decode(text.replace('+', ' '), StandardCharsets.UTF_8);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(List.copyOf(parameters.keySet()));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
