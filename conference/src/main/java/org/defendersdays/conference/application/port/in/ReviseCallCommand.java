package org.defendersdays.conference.application.port.in;

import java.util.Objects;

/** Revises the call of the edition of {@code year}, as seen at {@code seenVersion}. */
public record ReviseCallCommand(int year, long seenVersion, CallDraft draft) {

    public ReviseCallCommand {
        Objects.requireNonNull(draft, "draft");
    }
}
