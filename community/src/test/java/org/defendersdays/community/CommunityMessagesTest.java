package org.defendersdays.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupChangedMeanwhile;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.community.domain.GroupProfile;
import org.defendersdays.community.domain.GroupPurpose;
import org.defendersdays.community.domain.GroupRuleViolation;
import org.defendersdays.community.domain.GroupStatus;
import org.defendersdays.community.domain.GroupVisibility;
import org.defendersdays.sharedkernel.testing.MessageBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The message bundles: complete in every language, really translated, and able to explain every broken rule. */
class CommunityMessagesTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    private final MessageBundle messages = MessageBundle.of("i18n/community");
    private final Properties english = messages.english();

    @Test
    void everyKeyIsInEveryLanguageAndTheArabicIsArabic() {
        messages.assertTranslated().assertArabicIsArabic();
    }

    @Test
    void quotesAreWrittenTheWayMessageFormatReadsThem() {
        messages.assertQuotesReadByMessageFormat();
    }

    @Test
    void everyRuleTheDomainCanBreakCanBeExplained() {
        EditionReference edition = new EditionReference(UUID.randomUUID(), 2018);
        List<Executable> breaches = List.of(
                () -> GroupProfile.of(" ", null),
                () -> GroupProfile.of("n".repeat(121), null),
                () -> GroupProfile.of("two\nlines", null),
                () -> GroupProfile.of("Circle", "d".repeat(1001)),
                () -> GroupProfile.of("Circle", "bell\u0007"),
                () -> new EditionReference(UUID.randomUUID(), 1999),
                () -> Group.rehydrate(GroupId.generate(), GroupPurpose.EDITION_PARTICIPANTS, Optional.empty(),
                        Optional.empty(), NOW, GroupVisibility.MEMBERS_ONLY, GroupStatus.PUBLISHED, 0L),
                () -> Group.rehydrate(GroupId.generate(), GroupPurpose.TOPIC, Optional.of(edition),
                        Optional.of(GroupProfile.of("Circle", null)), NOW, GroupVisibility.MEMBERS_ONLY,
                        GroupStatus.DRAFT, 0L),
                () -> Group.rehydrate(GroupId.generate(), GroupPurpose.EDITION_PARTICIPANTS, Optional.of(edition),
                        Optional.of(GroupProfile.of("Circle", null)), NOW, GroupVisibility.MEMBERS_ONLY,
                        GroupStatus.PUBLISHED, 0L),
                () -> Group.forEdition(GroupId.generate(), edition, NOW).publish(),
                () -> topic().archive(),
                () -> {
                    Group group = topic();
                    group.publish();
                    group.publish();
                },
                () -> {
                    Group group = topic();
                    group.publish();
                    group.archive();
                    group.describe(GroupProfile.of("Renamed", null));
                },
                () -> topic().requireVersion(3),
                () -> {
                    throw new GroupChangedMeanwhile();
                });
        for (Executable breach : breaches) {
            assertThatThrownBy(breach::execute).isInstanceOfSatisfying(GroupRuleViolation.class,
                    violation -> assertThat(english).containsKey(violation.messageKey()));
        }
    }

    private static Group topic() {
        return Group.aboutTopic(GroupId.generate(), GroupProfile.of("Circle", null), NOW);
    }
}
