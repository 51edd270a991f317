package org.defendersdays.conference.adapter.in.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.conference.application.port.in.LetterNotAvailable;
import org.defendersdays.conference.application.port.in.VisaLetterDocument;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;

/** What the visa letter and travel support pages share: no caching, the PDF response, the refusal pages. */
final class TravelResponses {

    static final String NOT_PARTICIPANT = "conference/travel/not-participant";
    static final String NO_LETTER = "conference/travel/no-letter";
    static final String NOT_FOUND = "conference/travel/not-found";

    private TravelResponses() {
    }

    /** Pages with sensitive details are kept by no browser or proxy. */
    static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
    }

    static ResponseEntity<byte[]> pdf(VisaLetterDocument document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .body(document.pdf());
    }

    /** No letter to make: 410 once the details were erased, 404 while there is no approved request. */
    static String noLetter(LetterNotAvailable reason, Model model, HttpServletResponse response,
            Optional<String> back) {
        noStore(response);
        response.setStatus("travel.letter.erased".equals(reason.messageKey()) ? HttpStatus.GONE.value()
                : HttpStatus.NOT_FOUND.value());
        model.addAttribute("reason", reason.messageKey());
        model.addAttribute("back", back.orElse(null));
        return NO_LETTER;
    }
}
