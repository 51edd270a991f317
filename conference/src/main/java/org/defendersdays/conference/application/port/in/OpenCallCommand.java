package org.defendersdays.conference.application.port.in;

import java.util.Objects;

/** Opens the call for applications of the edition of {@code year}. */
public record OpenCallCommand(int year, CallDraft draft) {

    public OpenCallCommand {
        Objects.requireNonNull(draft, "draft");
    }
}
