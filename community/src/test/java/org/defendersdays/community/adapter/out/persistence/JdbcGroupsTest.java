package org.defendersdays.community.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.defendersdays.community.application.port.out.Groups;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupChangedMeanwhile;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.community.domain.GroupProfile;
import org.defendersdays.community.domain.GroupPurpose;
import org.defendersdays.community.domain.GroupStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Against the real PostgreSQL test database; every test uses an edition of its own. */
@SpringBootTest
class JdbcGroupsTest {

    @Autowired
    Groups groups;

    @Autowired
    JdbcTemplate jdbc;

    private final Instant openedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Test
    void aNewGroupIsReallyStoredAndReadsBackAsItWas() {
        EditionReference edition = anyEdition();
        Group group = Group.forEdition(GroupId.generate(), edition, openedAt);

        Group stored = groups.addIfAbsent(group);

        assertThat(rowsFor(edition)).as("rows in community.member_group").isEqualTo(1);
        Group readBack = groups.findById(group.id()).orElseThrow();
        assertThat(readBack.id()).isEqualTo(group.id());
        assertThat(readBack.purpose()).isEqualTo(group.purpose());
        assertThat(readBack.edition()).contains(edition);
        assertThat(readBack.openedAt()).isEqualTo(openedAt);
        assertThat(readBack.visibility()).isEqualTo(group.visibility());
        assertThat(readBack.status()).isEqualTo(GroupStatus.PUBLISHED);
        assertThat(readBack.profile()).isEmpty();
        assertThat(readBack.version()).as("stored, so versioned").isNotNull();
        assertThat(stored.id()).isEqualTo(group.id());
        assertThat(groups.findByEdition(edition.editionId())).map(Group::id).contains(group.id());
        assertThat(groups.findAll()).extracting(Group::id).contains(group.id());
    }

    @Test
    void addingASecondGroupForTheSameEditionKeepsTheFirst() {
        EditionReference edition = anyEdition();
        Group first = Group.forEdition(GroupId.generate(), edition, openedAt);
        Group second = Group.forEdition(GroupId.generate(), edition, openedAt.plusSeconds(60));

        Group storedFirst = groups.addIfAbsent(first);
        Group storedSecond = groups.addIfAbsent(second);

        assertThat(storedFirst.id()).isEqualTo(first.id());
        assertThat(storedSecond.id()).as("the group already there").isEqualTo(first.id());
        assertThat(storedSecond.openedAt()).isEqualTo(openedAt);
        assertThat(rowsFor(edition)).isEqualTo(1);
        assertThat(groups.findById(second.id())).isEmpty();
    }

    @Test
    void theDatabaseItselfRefusesASecondGroupForAnEdition() {
        EditionReference edition = anyEdition();
        groups.addIfAbsent(Group.forEdition(GroupId.generate(), edition, openedAt));

        assertThatThrownBy(() -> insertRow(UUID.randomUUID(), "EDITION_PARTICIPANTS", edition.editionId(),
                edition.year())).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void theDatabaseRefusesAnEditionGroupWithoutItsEdition() {
        assertThatThrownBy(() -> insertRow(UUID.randomUUID(), "EDITION_PARTICIPANTS", null, null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertRow(UUID.randomUUID(), "FRIENDS", UUID.randomUUID(), 2018))
                .as("unknown purpose").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aTopicGroupIsReallyInsertedReadsBackAsItWasAndKeepsItsChanges() {
        GroupProfile profile = GroupProfile.of("Digital security circle \uD83D\uDD12 حلقة",
                "First paragraph.\n\nSecond, with \"quotes\" and <angle brackets>.");
        Group group = Group.aboutTopic(GroupId.generate(), profile, openedAt);

        Group stored = groups.save(group);

        assertThat(stored.version()).isEqualTo(0L);
        Group readBack = groups.findById(group.id()).orElseThrow();
        assertThat(readBack.purpose()).isEqualTo(GroupPurpose.TOPIC);
        assertThat(readBack.profile()).contains(profile);
        assertThat(readBack.edition()).isEmpty();
        assertThat(readBack.status()).isEqualTo(GroupStatus.DRAFT);
        assertThat(readBack.openedAt()).isEqualTo(openedAt);

        readBack.publish();
        Group published = groups.save(readBack);

        assertThat(published.version()).isEqualTo(1L);
        assertThat(groups.findById(group.id()).orElseThrow().status()).isEqualTo(GroupStatus.PUBLISHED);
    }

    @Test
    void theLongestNameAndDescriptionTheDomainAllowsFitTheTable() {
        GroupProfile longest = GroupProfile.of("\uD83D\uDD12".repeat(GroupProfile.NAME_MAX),
                "ح".repeat(GroupProfile.DESCRIPTION_MAX));

        Group stored = groups.save(Group.aboutTopic(GroupId.generate(), longest, openedAt));

        assertThat(groups.findById(stored.id()).orElseThrow().profile()).contains(longest);
    }

    @Test
    void aSaveFromAStaleCopyIsRefusedAndTheOtherChangeIsKept() {
        GroupId id = groups.save(Group.aboutTopic(GroupId.generate(), GroupProfile.of("Circle", null), openedAt)).id();
        Group first = groups.findById(id).orElseThrow();
        Group second = groups.findById(id).orElseThrow();
        first.describe(GroupProfile.of("First", null));
        groups.save(first);

        second.describe(GroupProfile.of("Second", null));

        assertThatThrownBy(() -> groups.save(second)).isInstanceOf(GroupChangedMeanwhile.class);
        assertThat(groups.findById(id).orElseThrow().profile().orElseThrow().name()).isEqualTo("First");
    }

    @Test
    void theDatabaseRefusesATopicGroupWithoutANameOrWithAnEditionAndAnUnknownStatus() {
        assertThatThrownBy(() -> insertRow(UUID.randomUUID(), "TOPIC", null, null))
                .as("no name").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO community.member_group
                    (id, purpose, name, opened_at, visibility, status, version)
                VALUES (?, 'TOPIC', 'Circle', now(), 'MEMBERS_ONLY', 'HIDDEN', 0)""", UUID.randomUUID()))
                .as("unknown status").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO community.member_group
                    (id, purpose, edition_id, edition_year, name, opened_at, visibility, status, version)
                VALUES (?, 'EDITION_PARTICIPANTS', ?, 2018, 'Named', now(), 'MEMBERS_ONLY', 'PUBLISHED', 0)""",
                UUID.randomUUID(), UUID.randomUUID())).as("named edition group")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertThat(groups.findById(GroupId.generate())).isEmpty();
        assertThat(groups.findByEdition(UUID.randomUUID())).isEmpty();
    }

    private void insertRow(UUID id, String purpose, UUID editionId, Integer year) {
        jdbc.update("""
                INSERT INTO community.member_group
                    (id, purpose, edition_id, edition_year, opened_at, visibility, status, version)
                VALUES (?, ?, ?, ?, now(), 'MEMBERS_ONLY', 'PUBLISHED', 0)""", id, purpose, editionId, year);
    }

    private int rowsFor(EditionReference edition) {
        return jdbc.queryForObject("SELECT count(*) FROM community.member_group WHERE edition_id = ?", Integer.class,
                edition.editionId());
    }

    private static EditionReference anyEdition() {
        return new EditionReference(UUID.randomUUID(), ThreadLocalRandom.current().nextInt(2013, 2201));
    }
}
