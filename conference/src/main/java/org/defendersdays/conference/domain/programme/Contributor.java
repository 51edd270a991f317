package org.defendersdays.conference.domain.programme;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A person leading or speaking in a session. With {@code nameWithheld} the session shows "name
 * withheld" for them whatever their profile consents to: some people can take part only unnamed.
 */
public record Contributor(SpeakerId speaker, ContributionRole role, boolean nameWithheld) implements ValueObject {

    public Contributor {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(role, "role");
    }
}
