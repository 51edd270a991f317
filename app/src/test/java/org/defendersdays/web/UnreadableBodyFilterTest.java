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
    void anUnreadableBodyIsAnsweredAsTooLargeAndGoesNoFurther() throws Exception {
        AtomicReference<ServletRequest> seen = new AtomicReference<>();
        MockHttpServletResponse response = new MockHttpServletResponse();

        new UnreadableBodyFilter().doFilter(new OversizedUpload(), response, (request, out) -> seen.set(request));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(seen.get()).isNull();
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
