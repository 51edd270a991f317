package org.defendersdays.conference.application.port.out;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.CatalogueTopic;

/** The catalogue of topics sessions can be tagged with: the platform's own three and those admins add. */
public interface TopicCatalogue {

    /**
     * Stores a new topic ({@code version} null) or a renamed one. A slug already taken fails with
     * {@link org.defendersdays.conference.domain.programme.ProgrammeRuleViolation} on field {@code slug};
     * a stale version with Spring's optimistic-locking exception.
     */
    CatalogueTopic save(CatalogueTopic topic);

    Optional<CatalogueTopic> find(Topic topic);

    /** Every topic, the platform's own first, then by name. */
    List<CatalogueTopic> findAll();

    /** Removes a stored topic; a stale version fails with Spring's optimistic-locking exception. */
    void delete(CatalogueTopic topic);
}
