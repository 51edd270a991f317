package org.defendersdays.conference.adapter.in.web;

import java.util.UUID;

import org.defendersdays.conference.application.port.in.ReadSensitiveApplicationDetailsUseCase;
import org.defendersdays.conference.application.port.in.UnknownApplication;
import org.defendersdays.conference.domain.application.ApplicationId;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one page that shows an application's sealed fields (risk situation, accessibility needs) to
 * someone other than the applicant: conference admins only (see the access rules), each view
 * audited by the use case, never kept by a browser or proxy.
 */
@Controller
class SensitiveApplicationController {

    private final ReadSensitiveApplicationDetailsUseCase details;

    SensitiveApplicationController(ReadSensitiveApplicationDetailsUseCase details) {
        this.details = details;
    }

    /** An id that is not a UUID is answered 400 by Spring's type conversion, before this runs. */
    @GetMapping("/admin/conference/applications/{id}/sensitive")
    String sensitive(@PathVariable UUID id, CurrentPerson person, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        try {
            model.addAttribute("details", details.sensitiveDetails(person.id(), new ApplicationId(id)));
        } catch (UnknownApplication e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "conference/admin/call-application-sensitive";
    }
}
