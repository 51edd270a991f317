package org.defendersdays.backoffice.adapter.in.web;

import org.defendersdays.backoffice.application.port.in.ListBackOfficeSectionsUseCase;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's front door: the navigation and the dashboard of the sections for this person. */
@Controller
class BackOfficeController {

    private final ListBackOfficeSectionsUseCase sections;

    BackOfficeController(ListBackOfficeSectionsUseCase sections) {
        this.sections = sections;
    }

    /** Only administrative roles get here (see the module's access rules), so a person is always signed in. */
    @GetMapping("/admin")
    String dashboard(CurrentPerson person, Model model) {
        model.addAttribute("sections", sections.sectionsFor(person.roles()));
        return "backoffice/dashboard";
    }
}
