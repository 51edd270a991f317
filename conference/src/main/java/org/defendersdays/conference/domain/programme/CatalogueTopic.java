package org.defendersdays.conference.domain.programme;

import java.util.Objects;

import org.defendersdays.conference.domain.Topic;

/**
 * A topic of the catalogue sessions are tagged with: its stable slug and the name admins gave it.
 * The platform's own topics ({@link Topic#isBuiltIn()}) are shown by their translated names; the
 * ones admins add are shown by the stored name.
 *
 * @param version optimistic-locking version; {@code null} until first stored
 */
public record CatalogueTopic(Topic topic, String name, Long version) {

    public static final int NAME_MAX = 80;

    public CatalogueTopic {
        Objects.requireNonNull(topic, "topic");
        name = Text.required("name", name, NAME_MAX);
    }

    public static CatalogueTopic add(Topic topic, String name) {
        return new CatalogueTopic(topic, name, null);
    }

    public CatalogueTopic renamed(String newName) {
        return new CatalogueTopic(topic, newName, version);
    }
}
