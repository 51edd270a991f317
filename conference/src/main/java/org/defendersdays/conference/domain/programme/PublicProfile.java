package org.defendersdays.conference.domain.programme;

import java.util.Optional;

import org.jmolecules.ddd.types.ValueObject;

/** What the public may see of a speaker right now: only the fields they consented to. */
public record PublicProfile(SpeakerId id, String name, Optional<String> bio, Optional<String> organisation,
        Optional<SpeakerPhoto> photo) implements ValueObject {
}
