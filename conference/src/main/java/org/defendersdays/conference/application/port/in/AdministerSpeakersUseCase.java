package org.defendersdays.conference.application.port.in;

import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerPhoto;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * An organiser changes speakers in the back office. Each change goes through its own use case and
 * is recorded in the audit trail (codes and ids only, never a name or a bio) with who made it, in
 * the same transaction.
 */
public interface AdministerSpeakersUseCase {

    /** @see AddSpeakerUseCase#add */
    SpeakerId add(PersonId organiser, AddSpeakerCommand command);

    /** @see ReviseSpeakerUseCase#revise */
    void revise(PersonId organiser, ReviseSpeakerCommand command);

    /** @see RecordConsentUseCase#recordConsent; the organiser is the one recording it */
    void recordConsent(PersonId organiser, RecordConsentCommand command);

    /** @see WithdrawConsentUseCase#withdrawConsent */
    boolean withdrawConsent(PersonId organiser, WithdrawConsentCommand command);

    /** @see ReplaceSpeakerPhotoUseCase#replacePhoto */
    SpeakerPhoto replacePhoto(PersonId organiser, ReplaceSpeakerPhotoCommand command);

    /** @see RemoveSpeakerPhotoUseCase#removePhoto */
    boolean removePhoto(PersonId organiser, RemoveSpeakerPhotoCommand command);
}
