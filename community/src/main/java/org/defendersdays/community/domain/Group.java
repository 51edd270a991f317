package org.defendersdays.community.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A group of the members' network: the participants of one conference edition, or defenders around
 * a topic that moderators create and describe.
 *
 * <p>Its existence is public once it is {@link GroupStatus#PUBLISHED published}; who belongs to it
 * never is ({@link GroupVisibility#MEMBERS_ONLY}).
 *
 * <p>An edition group exists once per edition: the database holds that rule, because announcements
 * may be delivered more than once and at the same time. It is published as soon as it opens, is
 * named after its edition (in the reader's language, so it carries no {@link GroupProfile}) and
 * follows the conference: moderators cannot rename, publish or archive it.
 *
 * <p>A topic group starts as a draft with a profile; moderators may describe it again, publish it,
 * and archive it (take it off the public pages). An archived group is kept but no longer changed.
 */
public class Group implements AggregateRoot<Group, GroupId> {

    private final GroupId id;
    private final GroupPurpose purpose;
    private final Optional<EditionReference> edition;
    private Optional<GroupProfile> profile;
    private final Instant openedAt;
    private final GroupVisibility visibility;
    private GroupStatus status;
    private final Long version;

    private Group(GroupId id, GroupPurpose purpose, Optional<EditionReference> edition, Optional<GroupProfile> profile,
            Instant openedAt, GroupVisibility visibility, GroupStatus status, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.status = Objects.requireNonNull(status, "status");
        if (purpose.isAboutAnEdition() && edition.isEmpty()) {
            throw new GroupRuleViolation("group.edition.required");
        }
        if (!purpose.isAboutAnEdition() && edition.isPresent()) {
            throw new GroupRuleViolation("group.edition.notExpected");
        }
        if (purpose.isAboutAnEdition() && profile.isPresent()) {
            throw new GroupRuleViolation("group.edition.namedByEdition");
        }
        if (!purpose.isAboutAnEdition() && profile.isEmpty()) {
            throw new GroupRuleViolation("group.name.required");
        }
        this.version = version;
    }

    /** Opens the group of one edition's participants, public at once; its members stay private. */
    public static Group forEdition(GroupId id, EditionReference edition, Instant openedAt) {
        return new Group(id, GroupPurpose.EDITION_PARTICIPANTS, Optional.of(edition), Optional.empty(), openedAt,
                GroupVisibility.MEMBERS_ONLY, GroupStatus.PUBLISHED, null);
    }

    /** Creates a group around a topic, as a draft only moderators see until they publish it. */
    public static Group aboutTopic(GroupId id, GroupProfile profile, Instant openedAt) {
        return new Group(id, GroupPurpose.TOPIC, Optional.empty(), Optional.of(Objects.requireNonNull(profile,
                "profile")), openedAt, GroupVisibility.MEMBERS_ONLY, GroupStatus.DRAFT, null);
    }

    /** Rebuilds a stored group; persistence adapters only. */
    public static Group rehydrate(GroupId id, GroupPurpose purpose, Optional<EditionReference> edition,
            Optional<GroupProfile> profile, Instant openedAt, GroupVisibility visibility, GroupStatus status,
            Long version) {
        return new Group(id, purpose, edition, profile, openedAt, visibility, status, version);
    }

    /**
     * Refuses to go on from a copy older than the stored group.
     *
     * @throws GroupChangedMeanwhile if the group was stored again since the given version was read
     */
    public void requireVersion(long expected) {
        if (version == null || version != expected) {
            throw new GroupChangedMeanwhile();
        }
    }

    /** Gives a topic group a new name and description; the group keeps its status. */
    public void describe(GroupProfile newProfile) {
        Objects.requireNonNull(newProfile, "newProfile");
        requireModeratedTopicGroup();
        if (status == GroupStatus.ARCHIVED) {
            throw new GroupRuleViolation("group.archived.unchangeable");
        }
        this.profile = Optional.of(newProfile);
    }

    /** Makes a draft topic group public. */
    public void publish() {
        requireModeratedTopicGroup();
        if (status != GroupStatus.DRAFT) {
            throw new GroupRuleViolation("group.publish.notDraft");
        }
        status = GroupStatus.PUBLISHED;
    }

    /** Takes a published topic group off the public pages; it is kept, and seen only by moderators. */
    public void archive() {
        requireModeratedTopicGroup();
        if (status != GroupStatus.PUBLISHED) {
            throw new GroupRuleViolation("group.archive.notPublished");
        }
        status = GroupStatus.ARCHIVED;
    }

    /** Whether anyone, not only moderators, may see that the group exists. */
    public boolean isPublic() {
        return status == GroupStatus.PUBLISHED;
    }

    private void requireModeratedTopicGroup() {
        if (purpose.isAboutAnEdition()) {
            throw new GroupRuleViolation("group.edition.followsConference");
        }
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

    /** The name and description moderators gave a topic group; empty for an edition group, named after its edition. */
    public Optional<GroupProfile> profile() {
        return profile;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public GroupVisibility visibility() {
        return visibility;
    }

    public GroupStatus status() {
        return status;
    }

    /** Optimistic-locking version; {@code null} until first stored. */
    public Long version() {
        return version;
    }
}
