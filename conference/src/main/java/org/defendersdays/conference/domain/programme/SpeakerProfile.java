package org.defendersdays.conference.domain.programme;

import java.util.Optional;

import org.jmolecules.ddd.types.ValueObject;

/**
 * What the organisers know to show about a trainer, panellist or speaker. None of it is public by
 * itself: each field needs the person's recorded consent. The name is the one they choose to be
 * known by (no legal name is asked for).
 */
public record SpeakerProfile(String name, Optional<String> bio, Optional<String> organisation)
        implements ValueObject {

    public static final int NAME_MAX = 120;
    public static final int BIO_MAX = 2000;
    public static final int ORGANISATION_MAX = 200;

    public SpeakerProfile {
        name = Text.required("name", name, NAME_MAX);
        bio = Text.optional("bio", bio == null ? null : bio.orElse(null), BIO_MAX, true);
        organisation = Text.optional("organisation", organisation == null ? null : organisation.orElse(null),
                ORGANISATION_MAX, false);
    }
}
