package org.defendersdays.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Answers a request whose body cannot be read as parameters (a form over the server's upload limit)
 * with 413 and the friendly error page. Since Servlet 6.1, Tomcat throws from every
 * {@code getParameter} call of such a request, first of all from the CSRF check, which would make a
 * 500 of it. The parameters are read once, before anything else; smaller uploads pass untouched.
 *
 * <p>The error page is rendered in an error dispatch of the same request, where the language
 * switch and the rest of the chain ask for parameters again; there the request is seen with the
 * parameters of its address only, so the platform's own page, in the person's language, is shown
 * instead of the server's bare one.
 */
final class UnreadableBodyFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean readable = isReadable(request);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(readable ? request : new AddressParametersOnly(request), response);
            return;
        }
        if (!readable) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isReadable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException unreadable) {
            return false;
        }
    }

    /** The request as if it had no body: its parameters are those of its address. */
    private static final class AddressParametersOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        AddressParametersOnly(HttpServletRequest request) {
            super(request);
            this.parameters = parse(request.getQueryString());
        }

        private static Map<String, String[]> parse(String query) {
            Map<String, String[]> parsed = new LinkedHashMap<>();
            if (query == null || query.isEmpty()) {
                return Collections.unmodifiableMap(parsed);
            }
            UriComponentsBuilder.newInstance().query(query).build().getQueryParams().forEach((name, values) ->
                    parsed.put(decode(name), values.stream().map(value -> value == null ? "" : decode(value))
                            .toArray(String[]::new)));
            return Collections.unmodifiableMap(parsed);
        }

        private static String decode(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return text;
            }
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
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
