package org.defendersdays.conference.application.port.out;

import org.defendersdays.conference.domain.selection.SelectionNotice;
import org.defendersdays.sharedkernel.identity.PersonId;

/** Tells an applicant about their application, in the language they chose (after commit). */
public interface SelectionMail {

    void tell(PersonId applicant, String language, SelectionNotice notice);
}
