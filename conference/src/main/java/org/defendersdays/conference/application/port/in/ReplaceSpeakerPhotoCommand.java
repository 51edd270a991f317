package org.defendersdays.conference.application.port.in;

import java.util.Objects;

import org.defendersdays.conference.domain.programme.SpeakerId;

/**
 * Give a speaker a photo (or a new one) from an uploaded JPEG or PNG file of at most
 * {@link #MAX_UPLOAD_BYTES}. Only a cleaned copy is kept; a new photo needs consent to be shown again.
 */
public record ReplaceSpeakerPhotoCommand(SpeakerId speaker, long version, byte[] upload) implements SpeakerChange {

    /** 5 MiB; the web adapter refuses larger uploads before reading them. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    public ReplaceSpeakerPhotoCommand {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(upload, "upload");
    }
}
