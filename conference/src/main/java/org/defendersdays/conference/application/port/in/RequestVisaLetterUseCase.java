package org.defendersdays.conference.application.port.in;

import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A confirmed participant asks for a visa invitation letter: enters passport details (sealed), may
 * correct them until approved, follows the status, and downloads the letter once approved.
 *
 * @throws UnknownEdition if there is no edition in that year
 * @throws NotAConfirmedParticipant if the person holds no confirmed place at it
 */
public interface RequestVisaLetterUseCase {

    MyVisaLetter visaLetter(int year, PersonId person);

    /**
     * @throws TravelFormRejected if the details break a rule (nothing stored)
     * @throws TravelRequestClosed if the request was approved or its details erased
     */
    void submitPassportDetails(SubmitPassportDetailsCommand command);

    /** The letter, made now; the download is audited. @throws LetterNotAvailable if there is none to make */
    VisaLetterDocument letter(int year, PersonId person);
}
