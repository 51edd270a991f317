package org.defendersdays.conference.application.port.in;

import java.util.Objects;
import java.util.UUID;

import org.defendersdays.conference.domain.feedback.FeedbackAnswer;
import org.defendersdays.sharedkernel.identity.PersonId;

/** A participant's answer to one survey of an edition. */
public record GiveFeedbackCommand(int year, UUID survey, PersonId person, FeedbackAnswer answer) {

    public GiveFeedbackCommand {
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(answer, "answer");
    }
}
