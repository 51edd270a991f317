package org.defendersdays.conference.domain.programme;

import java.util.Objects;
import java.util.regex.Pattern;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A speaker's photo, known by the SHA-256 of its (metadata-free, re-encoded) bytes, so its address
 * changes whenever the photo does and browsers may keep it.
 */
public record SpeakerPhoto(String sha256) implements ValueObject {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public SpeakerPhoto {
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex");
        }
    }
}
