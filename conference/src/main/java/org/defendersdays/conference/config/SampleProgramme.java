package org.defendersdays.conference.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.defendersdays.conference.application.port.in.AdministerProgrammeUseCase;
import org.defendersdays.conference.application.port.in.AnnounceEditionUseCase;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionUseCase;
import org.defendersdays.conference.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.conference.application.port.in.ScheduleSessionCommand;
import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.defendersdays.conference.application.port.out.Speakers;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.Consent;
import org.defendersdays.conference.domain.programme.ContributionRole;
import org.defendersdays.conference.domain.programme.Contributor;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.RoomId;
import org.defendersdays.conference.domain.programme.SessionDetails;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.SessionType;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerProfile;
import org.defendersdays.conference.domain.programme.TrackId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A fictional published programme of 64 sessions (four days, four rooms, four slots a day), made
 * through the real use cases: for the agenda's load test ({@code bench} profile) and for tests of the
 * public pages. It has everything the agenda shows: workshops in two parts with seats, panels under
 * the Chatham House Rule, sessions held in Russian and interpreted, tracks and topics, named people,
 * a person who gave no consent (never to be shown) and a person whose name is withheld on some
 * sessions only.
 */
public final class SampleProgramme {

    /** Consented to name, bio and organisation; trains in room A. */
    public static final String TRAINER = "Amina Diallo";
    /** Gave no consent at all: must never appear anywhere public. */
    public static final String UNCONSENTED = "Unconsented Person Zeta";
    /** Consented to the name; named on odd slots of room B, withheld on even ones. */
    public static final String SOMETIMES_WITHHELD = "Rafael Ortiz";
    /** Consented to the name only; speaks in room C. */
    public static final String SPEAKER = "Nadia Haddad";
    public static final String TRAINER_BIO = "Trainer in digital security for small organisations.";
    public static final String TRAINER_ORGANISATION = "Sahel Defenders Network";

    private static final PersonId ORGANISER = new PersonId(new UUID(0x5a4d1e, 0xbe1c4));
    private static final LocalTime[][] SLOTS = {
        { LocalTime.of(9, 0), LocalTime.of(10, 30) },
        { LocalTime.of(11, 0), LocalTime.of(12, 30) },
        { LocalTime.of(14, 0), LocalTime.of(15, 30) },
        { LocalTime.of(16, 0), LocalTime.of(17, 30) } };

    /** What was made, for tests to find their way. */
    public record Made(EditionId edition, int year, List<SessionId> sessions, SpeakerId trainer,
            SpeakerId unconsented, SpeakerId sometimesWithheld, SpeakerId speaker) {
    }

    private final PlanEditionUseCase plan;
    private final AnnounceEditionUseCase announce;
    private final PublishProgrammeUseCase publish;
    private final AdministerProgrammeUseCase programme;
    private final Speakers speakers;
    private final PublicationRevision revision;

    public SampleProgramme(PlanEditionUseCase plan, AnnounceEditionUseCase announce, PublishProgrammeUseCase publish,
            AdministerProgrammeUseCase programme, Speakers speakers, PublicationRevision revision) {
        this.plan = plan;
        this.announce = announce;
        this.publish = publish;
        this.programme = programme;
        this.speakers = speakers;
        this.revision = revision;
    }

    /** Plans, announces and fills the year's edition (which must not exist yet), then publishes its programme. */
    public Made make(int year) {
        LocalDate first = LocalDate.of(year, 4, 7);
        EditionId edition = plan.plan(new PlanEditionCommand(year, new EditionFacts(
                Optional.of(new EditionDates(first, first.plusDays(3))), "Stockholm",
                Optional.of("Clarion Hotel Sign"), Optional.of("Protection in practice"), Optional.empty(),
                Optional.empty(), Topic.BUILT_IN, List.of(LanguageCode.of("en"), LanguageCode.of("ru"),
                        LanguageCode.of("ar"), LanguageCode.of("es"), LanguageCode.of("fr")))));
        announce.announce(edition);

        SpeakerId trainer = speaker(TRAINER, Optional.of(TRAINER_BIO), Optional.of(TRAINER_ORGANISATION),
                Set.of(ProfileField.NAME, ProfileField.BIO, ProfileField.ORGANISATION));
        SpeakerId unconsented = speaker(UNCONSENTED, Optional.of("A secret bio."), Optional.of("A secret organisation"),
                Set.of());
        SpeakerId sometimes = speaker(SOMETIMES_WITHHELD, Optional.empty(), Optional.empty(),
                Set.of(ProfileField.NAME));
        SpeakerId speaker = speaker(SPEAKER, Optional.empty(), Optional.of("Beirut Media Lab"),
                Set.of(ProfileField.NAME));
        revision.bump();

        List<RoomId> rooms = List.of(
                programme.addRoom(ORGANISER, edition, "Room Linné", Optional.of("Step-free, hearing loop")),
                programme.addRoom(ORGANISER, edition, "Main hall", Optional.empty()),
                programme.addRoom(ORGANISER, edition, "Room Celsius", Optional.empty()),
                programme.addRoom(ORGANISER, edition, "Plenary hall", Optional.empty()));
        TrackId protection = programme.addTrack(ORGANISER, edition, "Protection", Optional.empty());
        TrackId wellbeing = programme.addTrack(ORGANISER, edition, "Well-being", Optional.empty());

        LanguageCode english = LanguageCode.of("en");
        LanguageCode russian = LanguageCode.of("ru");
        LanguageCode arabic = LanguageCode.of("ar");
        List<SessionId> made = new ArrayList<>();
        for (int day = 0; day < 4; day++) {
            SessionId partOne = null;
            for (int slot = 0; slot < 4; slot++) {
                String when = " (day " + (day + 1) + ", slot " + (slot + 1) + ")";
                var time = new org.defendersdays.conference.domain.programme.TimeSlot(first.plusDays(day),
                        SLOTS[slot][0], SLOTS[slot][1]);
                // Room A: a two-part workshop in the morning and another in the afternoon.
                boolean secondPart = slot % 2 == 1;
                SessionId a = schedule(edition, new SessionDetails(SessionType.WORKSHOP,
                        "Threat modelling for small organisations" + (secondPart ? ", part 2" : ", part 1") + when,
                        Optional.of("Map what you protect, from whom, and what it costs to protect it.\nBring a notebook."),
                        time, rooms.get(0), Optional.of(protection), Set.of(Topic.DIGITAL_SECURITY), Optional.of(24),
                        english, Set.of(russian), false,
                        secondPart ? Optional.of(partOne) : Optional.empty(),
                        List.of(new Contributor(trainer, ContributionRole.TRAINER, false),
                                new Contributor(unconsented, ContributionRole.TRAINER, false))));
                partOne = a;
                made.add(a);
                // Room B: panels under the Chatham House Rule, interpreted into Arabic and Russian.
                made.add(schedule(edition, new SessionDetails(SessionType.PANEL, "Staying well while at risk" + when,
                        Optional.of("Defenders talk about rest, fear and solidarity."), time, rooms.get(1),
                        Optional.of(wellbeing), Set.of(Topic.PSYCHOSOCIAL_SECURITY), Optional.empty(), english,
                        Set.of(arabic, russian), true, Optional.empty(),
                        List.of(new Contributor(sometimes, ContributionRole.PANELLIST, slot % 2 == 0)))));
                // Room C: sessions held in Russian, interpreted into English.
                made.add(schedule(edition, new SessionDetails(SessionType.WORKSHOP, "Documenting violations" + when,
                        Optional.empty(), time, rooms.get(2), Optional.of(protection), Set.of(Topic.INNOVATION),
                        Optional.of(16), russian, Set.of(english), false, Optional.empty(),
                        List.of(new Contributor(speaker, ContributionRole.SPEAKER, false)))));
                // Plenary hall: keynotes, plenaries and networking for everyone.
                SessionType type = List.of(SessionType.KEYNOTE, SessionType.PLENARY, SessionType.OPEN_PUBLIC_SESSION,
                        SessionType.NETWORKING).get(slot);
                made.add(schedule(edition, new SessionDetails(type, "Together in Stockholm" + when, Optional.empty(),
                        time, rooms.get(3), Optional.empty(), Set.of(Topic.DIGITAL_SECURITY, Topic.INNOVATION),
                        Optional.empty(), english, Set.of(arabic), false, Optional.empty(), List.of())));
            }
        }
        publish.publishProgramme(edition);
        return new Made(edition, year, made, trainer, unconsented, sometimes, speaker);
    }

    private SessionId schedule(EditionId edition, SessionDetails details) {
        return programme.schedule(ORGANISER, new ScheduleSessionCommand(edition, details));
    }

    private SpeakerId speaker(String name, Optional<String> bio, Optional<String> organisation,
            Set<ProfileField> consented) {
        Speaker speaker = Speaker.add(SpeakerId.generate(), new SpeakerProfile(name, bio, organisation));
        for (ProfileField field : consented) {
            speaker.recordConsent(field, new Consent(Instant.parse("2026-01-15T10:00:00Z"), ORGANISER,
                    Optional.of("Signed form")));
        }
        return speakers.save(speaker).id();
    }
}
