package org.defendersdays.conference.adapter.out.persistence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.defendersdays.conference.application.port.out.SpeakerPhotos;
import org.defendersdays.conference.domain.programme.SpeakerPhoto;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Speakers' photos in PostgreSQL ({@code conference.speaker_photo}), keyed by the SHA-256 of their bytes. */
@Component
class JdbcSpeakerPhotos implements SpeakerPhotos {

    private final JdbcClient jdbc;

    JdbcSpeakerPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SpeakerPhoto store(byte[] jpeg) {
        SpeakerPhoto photo = new SpeakerPhoto(sha256(jpeg));
        jdbc.sql("INSERT INTO conference.speaker_photo (sha256, jpeg) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING")
                .params(photo.sha256(), jpeg)
                .update();
        return photo;
    }

    @Override
    public Optional<byte[]> find(SpeakerPhoto photo) {
        return jdbc.sql("SELECT jpeg FROM conference.speaker_photo WHERE sha256 = ?")
                .param(photo.sha256())
                .query(byte[].class)
                .optional();
    }

    @Override
    public void forgetIfUnused(SpeakerPhoto photo) {
        jdbc.sql("""
                DELETE FROM conference.speaker_photo p WHERE p.sha256 = ?
                AND NOT EXISTS (SELECT 1 FROM conference.speaker s WHERE s.photo_sha256 = p.sha256)""")
                .param(photo.sha256())
                .update();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

}
