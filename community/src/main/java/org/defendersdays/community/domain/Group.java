package org.defendersdays.community.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A group of the members' network, such as the participants of one conference edition.
 *
 * <p>Its existence is public; who belongs to it is not ({@link GroupVisibility#MEMBERS_ONLY}).
 * An edition group exists once per edition: the database holds that rule, because announcements
 * may be delivered more than once and at the same time.
 */
public class Group implements AggregateRoot<Group, GroupId> {

    private final GroupId id;
    private final GroupPurpose purpose;
    private final Optional<EditionReference> edition;
    private final Instant openedAt;
    private final GroupVisibility visibility;
    private final Long version;

    private Group(GroupId id, GroupPurpose purpose, Optional<EditionReference> edition, Instant openedAt,
            GroupVisibility visibility, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        if (purpose.isAboutAnEdition() && edition.isEmpty()) {
            throw new GroupRuleViolation("group.edition.required");
        }
        if (!purpose.isAboutAnEdition() && edition.isPresent()) {
            throw new GroupRuleViolation("group.edition.notExpected");
        }
        this.version = version;
    }

    /** Opens the group of one edition's participants; its members stay private. */
    public static Group forEdition(GroupId id, EditionReference edition, Instant openedAt) {
        return new Group(id, GroupPurpose.EDITION_PARTICIPANTS, Optional.of(edition), openedAt,
                GroupVisibility.MEMBERS_ONLY, null);
    }

    /** Rebuilds a stored group; persistence adapters only. */
    public static Group rehydrate(GroupId id, GroupPurpose purpose, Optional<EditionReference> edition,
            Instant openedAt, GroupVisibility visibility, Long version) {
        return new Group(id, purpose, edition, openedAt, visibility, version);
    }

    @Override
    public GroupId getId() {
        return id;
    }

    public GroupId id() {
        return id;
    }

    public GroupPurpose purpose() {
        return purpose;
    }

    /** The edition this group gathers people around; empty for groups that are not about an edition. */
    public Optional<EditionReference> edition() {
        return edition;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public GroupVisibility visibility() {
        return visibility;
    }

    /** Optimistic-locking version; {@code null} until first stored. */
    public Long version() {
        return version;
    }
}
