package org.defendersdays.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A body that cannot be read as parameters leaves the query's parameters, instead of a server error. */
class UnreadableBodyFilterTest {

    /** As Tomcat behaves for an upload over the limit: every parameter call throws. */
    private static final class OversizedUpload extends MockHttpServletRequest {

        OversizedUpload() {
            super("POST", "/admin/conference/speakers/1/photo");
            setQueryString("_csrf=a%2Bb%3D&x=1+2&bad=%zz");
            setContentType("multipart/form-data; boundary=xyz");
        }

        @Override
        public String getParameter(String name) {
            throw new IllegalStateException("the request was rejected because its size exceeds the configured maximum");
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            throw new IllegalStateException("the request was rejected because its size exceeds the configured maximum");
        }
    }

    @Test
    void theRestOfTheChainSeesTheQueryParametersOnly() throws Exception {
        AtomicReference<ServletRequest> seen = new AtomicReference<>();

        new UnreadableBodyFilter().doFilter(new OversizedUpload(), new MockHttpServletResponse(),
                (request, response) -> seen.set(request));

        HttpServletRequest passed = (HttpServletRequest) seen.get();
        assertThat(passed.getParameter("_csrf")).isEqualTo("a+b=");
        assertThat(passed.getParameter("x")).isEqualTo("1 2");
        assertThat(passed.getParameter("version")).isNull();
        assertThat(passed.getParameterMap()).containsOnlyKeys("_csrf", "x");
    }

    @Test
    void aReadableRequestPassesUntouched() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
        request.addParameter("name", "value");
        AtomicReference<ServletRequest> seen = new AtomicReference<>();

        new UnreadableBodyFilter().doFilter(request, new MockHttpServletResponse(), (in, out) -> seen.set(in));

        assertThat(seen.get()).isSameAs(request);
    }
}
