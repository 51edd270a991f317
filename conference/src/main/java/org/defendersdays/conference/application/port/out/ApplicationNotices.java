package org.defendersdays.conference.application.port.out;

import java.time.Instant;

import org.defendersdays.sharedkernel.identity.PersonId;

/** Tells applicants what became of their application, in their language; never what they wrote. */
public interface ApplicationNotices {

    /** The application arrived; it can be changed until the call closes and withdrawn at any time. */
    void submitted(PersonId applicant, String language, int year, Instant changeableUntil);
}
