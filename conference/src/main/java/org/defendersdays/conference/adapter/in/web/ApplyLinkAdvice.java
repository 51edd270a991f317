package org.defendersdays.conference.adapter.in.web;

import org.defendersdays.conference.application.port.in.SeeCallPhaseUseCase;
import org.defendersdays.conference.domain.application.CallPhase;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Tells the public edition page whether the edition's call for applications is open now, so it can
 * show an "Apply" link. Kept apart from the edition pages' controller, which knows nothing of calls.
 */
@ControllerAdvice(assignableTypes = EditionPagesController.class)
class ApplyLinkAdvice {

    private final SeeCallPhaseUseCase calls;

    ApplyLinkAdvice(SeeCallPhaseUseCase calls) {
        this.calls = calls;
    }

    @ModelAttribute("callOpen")
    boolean callOpen(@PathVariable(name = "year", required = false) Integer year) {
        return year != null && calls.callPhase(year).filter(phase -> phase == CallPhase.OPEN).isPresent();
    }
}
