package org.defendersdays.conference.application.port.out;

import java.util.Optional;

import org.defendersdays.conference.domain.programme.SpeakerPhoto;

/** Where speakers' photos are kept, as re-encoded JPEG bytes known by their SHA-256. */
public interface SpeakerPhotos {

    /** Keeps these (already cleaned) JPEG bytes; storing the same bytes twice keeps them once. */
    SpeakerPhoto store(byte[] jpeg);

    /** The JPEG bytes of a stored photo. */
    Optional<byte[]> find(SpeakerPhoto photo);

    /** Deletes the photo's bytes unless a speaker still has it (call after saving the speaker). */
    void forgetIfUnused(SpeakerPhoto photo);
}
