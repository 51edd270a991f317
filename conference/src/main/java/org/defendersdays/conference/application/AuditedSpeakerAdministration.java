package org.defendersdays.conference.application;

import org.defendersdays.conference.application.port.in.AddSpeakerCommand;
import org.defendersdays.conference.application.port.in.AddSpeakerUseCase;
import org.defendersdays.conference.application.port.in.AdministerSpeakersUseCase;
import org.defendersdays.conference.application.port.in.RecordConsentCommand;
import org.defendersdays.conference.application.port.in.RecordConsentUseCase;
import org.defendersdays.conference.application.port.in.RemoveSpeakerPhotoCommand;
import org.defendersdays.conference.application.port.in.RemoveSpeakerPhotoUseCase;
import org.defendersdays.conference.application.port.in.ReplaceSpeakerPhotoCommand;
import org.defendersdays.conference.application.port.in.ReplaceSpeakerPhotoUseCase;
import org.defendersdays.conference.application.port.in.ReviseSpeakerCommand;
import org.defendersdays.conference.application.port.in.ReviseSpeakerUseCase;
import org.defendersdays.conference.application.port.in.WithdrawConsentCommand;
import org.defendersdays.conference.application.port.in.WithdrawConsentUseCase;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerPhoto;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's way into the speaker use cases: runs one, then records who did it. The trail
 * holds codes and identifiers only (the speaker's id, the field consented to), never a name, a bio
 * or how consent was given. A use case that throws records nothing; a change that changed nothing
 * (withdrawing a consent that was not there) records nothing either.
 */
@Transactional
public class AuditedSpeakerAdministration implements AdministerSpeakersUseCase {

    private static final String TARGET = "speaker";

    private final AddSpeakerUseCase adding;
    private final ReviseSpeakerUseCase revising;
    private final RecordConsentUseCase consenting;
    private final WithdrawConsentUseCase withdrawing;
    private final ReplaceSpeakerPhotoUseCase photographing;
    private final RemoveSpeakerPhotoUseCase unphotographing;
    private final AuditTrail audit;

    public AuditedSpeakerAdministration(AddSpeakerUseCase adding, ReviseSpeakerUseCase revising,
            RecordConsentUseCase consenting, WithdrawConsentUseCase withdrawing,
            ReplaceSpeakerPhotoUseCase photographing, RemoveSpeakerPhotoUseCase unphotographing, AuditTrail audit) {
        this.adding = adding;
        this.revising = revising;
        this.consenting = consenting;
        this.withdrawing = withdrawing;
        this.photographing = photographing;
        this.unphotographing = unphotographing;
        this.audit = audit;
    }

    @Override
    public SpeakerId add(PersonId organiser, AddSpeakerCommand command) {
        SpeakerId id = adding.add(command);
        audit.record(AuditEntry.success(organiser, "conference.speaker.added", TARGET, id.toString()));
        return id;
    }

    @Override
    public void revise(PersonId organiser, ReviseSpeakerCommand command) {
        revising.revise(command);
        audit.record(AuditEntry.success(organiser, "conference.speaker.revised", TARGET, command.speaker().toString()));
    }

    @Override
    public void recordConsent(PersonId organiser, RecordConsentCommand command) {
        consenting.recordConsent(organiser, command);
        audit.record(AuditEntry.success(organiser, "conference.speaker.consentRecorded", TARGET,
                command.speaker().toString()).withDetail(command.field().name()));
    }

    @Override
    public boolean withdrawConsent(PersonId organiser, WithdrawConsentCommand command) {
        boolean withdrawn = withdrawing.withdrawConsent(command);
        if (withdrawn) {
            audit.record(AuditEntry.success(organiser, "conference.speaker.consentWithdrawn", TARGET,
                    command.speaker().toString()).withDetail(command.field().name()));
        }
        return withdrawn;
    }

    @Override
    public SpeakerPhoto replacePhoto(PersonId organiser, ReplaceSpeakerPhotoCommand command) {
        SpeakerPhoto photo = photographing.replacePhoto(command);
        audit.record(AuditEntry.success(organiser, "conference.speaker.photoReplaced", TARGET,
                command.speaker().toString()));
        return photo;
    }

    @Override
    public boolean removePhoto(PersonId organiser, RemoveSpeakerPhotoCommand command) {
        boolean removed = unphotographing.removePhoto(command);
        if (removed) {
            audit.record(AuditEntry.success(organiser, "conference.speaker.photoRemoved", TARGET,
                    command.speaker().toString()));
        }
        return removed;
    }
}
