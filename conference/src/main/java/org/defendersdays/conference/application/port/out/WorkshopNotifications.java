package org.defendersdays.conference.application.port.out;

import org.defendersdays.sharedkernel.identity.PersonId;

/** Tells people about their workshop places, in their own language, once the change is committed. */
public interface WorkshopNotifications {

    /** The person moved from the waitlist to a seat. */
    void promoted(PersonId person, String language, int year, String workshopTitle);
}
