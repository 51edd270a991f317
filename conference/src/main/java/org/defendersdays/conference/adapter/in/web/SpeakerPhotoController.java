package org.defendersdays.conference.adapter.in.web;

import java.util.UUID;

import org.defendersdays.conference.application.port.in.SeePublicSpeakerPhotoUseCase;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerPhoto;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A speaker's photo for the public, only while the person consents to their name and photo being
 * shown; otherwise 404, the same for an unknown speaker, an old photo or a withdrawn consent.
 *
 * <p>Caching: the address holds the photo's hash, so its bytes never change, but whether it may be
 * shown does. The answer therefore says {@code Cache-Control: no-cache} with the hash as ETag: a
 * browser or proxy may keep the bytes but must ask again before each use, and the consent is checked
 * on every asking. A repeat visit costs a 304 without the bytes; a withdrawal is obeyed on the next
 * request, with no cache holding the photo out of reach.
 */
@Controller
class SpeakerPhotoController {

    private final SeePublicSpeakerPhotoUseCase photos;

    SpeakerPhotoController(SeePublicSpeakerPhotoUseCase photos) {
        this.photos = photos;
    }

    static String publicUrl(SpeakerId speaker, SpeakerPhoto photo) {
        return "/conference/speakers/" + speaker + "/photo/" + photo.sha256() + ".jpg";
    }

    @GetMapping("/conference/speakers/{id}/photo/{sha256}.jpg")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable String sha256) {
        return photos.publicPhoto(new SpeakerId(id), sha256)
                .map(jpeg -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.noCache())
                        .eTag(sha256)
                        .body(jpeg))
                .orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
    }
}
