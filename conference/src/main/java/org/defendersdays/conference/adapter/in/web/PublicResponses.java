package org.defendersdays.conference.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What makes the public programme cheap to serve: a bounded in-memory cache of what was built for a
 * publication revision (rendered pages, calendars, API answers, the programme itself), and weak
 * validators from the same inputs, so a repeat visit is answered 304 after one primary-key lookup.
 *
 * <p>Keys always contain the revision, so a change (a consent withdrawn, a session moved) makes new
 * keys at once and old entries simply age out. Responses say {@code no-cache}: browsers keep them but
 * ask every time, so a withdrawn consent shows on the next visit. Pages for signed-in people carry
 * their name and are never cached here (see the controller).
 */
@Component
class PublicResponses {

    static final CacheControl REVALIDATE = CacheControl.noCache();
    static final String[] VARY = { HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE };

    /** Changes with each start of the platform, so a new release never answers 304 for an old page. */
    private final String deployment = Long.toString(System.currentTimeMillis(), 36);

    private final Cache<String, Object> entries = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    /** When each revision was first seen here: the calendar's stamp, stable while the revision lasts. */
    private final Cache<Long, Instant> stamps = Caffeine.newBuilder().maximumSize(64).build();

    /**
     * The kept value, or a new one built and kept. Built outside the cache's own locking, since
     * builders ask the cache too (a page needs the programme); two visitors arriving together on a
     * new revision may both build it, and the first one kept wins.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> build) {
        Object kept = entries.getIfPresent(key);
        if (kept != null) {
            return (T) kept;
        }
        T built = build.get();
        if (built == null) {
            return null;
        }
        Object first = entries.asMap().putIfAbsent(key, built);
        return first != null ? (T) first : built;
    }

    Instant stamp(long revision) {
        return stamps.get(revision, ignored -> Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** A weak validator for one variant of one resource at one revision, in one language. */
    String etag(String variant, long revision, Locale locale) {
        return "W/\"" + deployment + "-" + revision + "-" + locale.toLanguageTag() + "-" + digest(variant) + "\"";
    }

    /** Whether the request's If-None-Match names this validator (compared weakly, as RFC 9110 says for GET). */
    static boolean notModified(HttpServletRequest request, String etag) {
        String header = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (header == null) {
            return false;
        }
        String wanted = opaque(etag);
        for (String tag : header.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || opaque(candidate).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    static <T> ResponseEntity<T> notModifiedResponse(String etag) {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(REVALIDATE).varyBy(VARY)
                .build();
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String digest(String variant) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(variant.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
