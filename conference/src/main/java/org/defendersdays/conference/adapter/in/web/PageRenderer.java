package org.defendersdays.conference.adapter.in.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/** Renders a Thymeleaf page into bytes (rather than straight into the response), so it can be kept. */
@Component
class PageRenderer {

    private final ViewResolver views;

    PageRenderer(@Qualifier("thymeleafViewResolver") ViewResolver views) {
        this.views = views;
    }

    byte[] render(String viewName, Map<String, ?> model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            View view = views.resolveViewName(viewName, locale);
            if (view == null) {
                throw new IllegalStateException("no view " + viewName);
            }
            Capture capture = new Capture(response);
            view.render(model, request, capture);
            return capture.bytes();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not render " + viewName, e);
        }
    }

    /** Takes what a view writes; headers still go to the real response. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        buffer.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        /** The same headers whether the page was just rendered or kept: the view's Content-Language is left out. */
        @Override
        public void setLocale(java.util.Locale locale) {
            // the controller's ResponseEntity sets what the response says
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
