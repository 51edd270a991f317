package org.defendersdays.conference.adapter.in.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.defendersdays.conference.application.port.in.AdministerProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowseAllEditionsUseCase;
import org.defendersdays.conference.application.port.in.BrowseProgrammeUseCase;
import org.defendersdays.conference.application.port.in.CorrectEditionCommand;
import org.defendersdays.conference.application.port.in.CorrectEditionUseCase;
import org.defendersdays.conference.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.conference.application.port.in.RegisterSpeakerUseCase;
import org.defendersdays.conference.application.port.in.ScheduleSessionCommand;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.CatalogueTopic;
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
import org.defendersdays.conference.domain.programme.TimeSlot;
import org.defendersdays.conference.domain.programme.TrackId;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The programmes of the demo: 2018 (9-12 April, Stockholm; 62 sessions, archived with its agenda)
 * and the upcoming 2028 edition (published programme). Trainers and panellists are fictional; most
 * consented to their name (some to their bio or organisation too), one did not (the agenda never names
 * them), and one takes part with their name withheld. Multi-part workshops, Chatham House sessions
 * and interpretation are all there. Runs after the editions' demo data, and adds a programme only
 * to an edition that has no session yet.
 */
@Component
@Profile("demo")
@Order(20)
class ProgrammeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeDemoData.class);
    /** The organiser the demo's changes are recorded for. */
    private static final PersonId DEMO_ORGANISER = new PersonId(UUID.fromString("00000000-0000-4000-8000-00000000d3d0"));
    private static final Topic LEGAL_SUPPORT = new Topic("legal-support");
    private static final List<LanguageCode> LANGUAGES = List.of(LanguageCode.of("en"), LanguageCode.of("es"),
            LanguageCode.of("fr"), LanguageCode.of("ru"), LanguageCode.of("ar"));
    private static final LanguageCode EN = LanguageCode.of("en");

    private static final List<String> WORKSHOPS = List.of(
            "Threat modelling for your organisation", "Securing phones at borders and checkpoints",
            "Encrypted messaging in practice", "Backing up evidence safely", "Spotting phishing and spyware",
            "Safer websites for small organisations", "Stress, trauma and resilience in activism",
            "Collective care in human rights teams", "Sleep, burnout and recovery", "Peer support circles",
            "Documenting violations for accountability", "Open-source investigation basics",
            "Storytelling for advocacy", "Campaigning with little money", "Legal risks of online speech",
            "Working with lawyers under pressure", "Physical security during protests",
            "Travelling safely as a defender", "Protecting sources and witnesses", "Fundraising without exposure",
            "Data protection for community groups", "Secure video calls and meetings",
            "Negotiating with authorities", "Building protection networks");
    private static final List<String> PANELS = List.of("Defending the defenders: what works",
            "Women human rights defenders at risk", "Surveillance and the shrinking civic space",
            "Exile and relocation: staying active from abroad", "Land and environmental defenders",
            "Technology companies and human rights", "Solidarity across borders", "Journalists under pressure");
    private static final List<String> OPEN_SESSIONS = List.of("Meet the defenders: open public session",
            "Film screening and conversation", "Art and resistance: an evening of stories",
            "Ask the trainers: open questions");
    private static final List<String> TRAINERS = List.of("Amina Q.", "Bolat S.", "Carmen V.", "Dawit T.",
            "Elena P.", "Farid N.", "Grace O.", "Hamid R.", "Inés M.", "Jomo K.", "Karla D.", "Lin Y.");
    private static final List<String> PANELLISTS = List.of("Marisol F.", "Nadia A.", "Oleg B.", "Priya S.",
            "Quang H.", "Rania E.", "Samuel W.", "Tamara L.");

    private final BrowseAllEditionsUseCase editions;
    private final CorrectEditionUseCase correction;
    private final PublishProgrammeUseCase publication;
    private final BrowseProgrammeUseCase programmes;
    private final AdministerProgrammeUseCase administration;
    private final RegisterSpeakerUseCase speakers;

    ProgrammeDemoData(BrowseAllEditionsUseCase editions, CorrectEditionUseCase correction,
            PublishProgrammeUseCase publication, BrowseProgrammeUseCase programmes,
            AdministerProgrammeUseCase administration, RegisterSpeakerUseCase speakers) {
        this.editions = editions;
        this.correction = correction;
        this.publication = publication;
        this.programmes = programmes;
        this.administration = administration;
        this.speakers = speakers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (programmes.topics().stream().map(CatalogueTopic::topic).noneMatch(LEGAL_SUPPORT::equals)) {
            administration.addTopic(DEMO_ORGANISER, LEGAL_SUPPORT, "Legal support for defenders");
        }
        edition(2018).ifPresent(edition -> fill(edition, LocalDate.of(2018, 4, 9), 4, 0));
        edition(2028).ifPresent(edition -> {
            fill(edition, LocalDate.of(2028, 5, 8), 3, 7);
            if (edition.status() == EditionStatus.ANNOUNCED) {
                publication.publishProgramme(edition.id());
            }
        });
    }

    private Optional<Edition> edition(int year) {
        return editions.allEditions().stream().filter(edition -> edition.year() == year).findFirst();
    }

    /** Gives the edition its days and languages if it lacks them, then its programme if it has none. */
    private void fill(Edition stored, LocalDate firstDay, int days, int variation) {
        EditionFacts facts = stored.facts();
        if (facts.dates().isEmpty() || facts.languages().isEmpty()) {
            correction.correct(new CorrectEditionCommand(stored.id(), new EditionFacts(
                    Optional.of(facts.dates().orElse(new EditionDates(firstDay, firstDay.plusDays(days - 1)))),
                    facts.city(), facts.venue(), facts.theme(), facts.participants(), facts.countries(), facts.topics(),
                    LANGUAGES)));
        }
        Edition edition = editions.edition(stored.id());
        if (!programmes.programme(edition.id()).sessions().isEmpty()) {
            return;
        }
        LocalDate start = edition.facts().dates().orElseThrow().start();
        int span = (int) ChronoUnit.DAYS.between(start, edition.facts().dates().orElseThrow().end()) + 1;
        new Agenda(edition, variation).build(start, Math.min(days, span));
        log.info("Demo data: programme of {} added", edition.year());
    }

    /** One edition's agenda, built day by day so that nobody and no room is in two places at once. */
    private final class Agenda {

        private final Edition edition;
        private final int variation;
        private final List<SpeakerId> trainers = new ArrayList<>();
        private final List<SpeakerId> panellists = new ArrayList<>();
        private final RoomId aula;
        private final RoomId studio;
        private final List<RoomId> workshopRooms = new ArrayList<>();
        private final List<TrackId> tracks = new ArrayList<>();
        private int sessions;

        Agenda(Edition edition, int variation) {
            this.edition = edition;
            this.variation = variation;
            Instant given = edition.facts().dates().orElseThrow().start().minusMonths(2)
                    .atStartOfDay(TimeSlot.CONFERENCE_ZONE).toInstant();
            for (int i = 0; i < TRAINERS.size(); i++) {
                trainers.add(person(TRAINERS.get(i), i, given, i != 5));
            }
            for (int i = 0; i < PANELLISTS.size(); i++) {
                panellists.add(person(PANELLISTS.get(i), i + 1, given, true));
            }
            aula = administration.addRoom(DEMO_ORGANISER, edition.id(), "Aula Magna",
                    Optional.of("Step-free, hearing loop, interpretation booths"));
            studio = administration.addRoom(DEMO_ORGANISER, edition.id(), "Studio", Optional.of("Step-free"));
            for (String room : List.of("Room A", "Room B", "Room C", "Room D")) {
                workshopRooms.add(administration.addRoom(DEMO_ORGANISER, edition.id(), room,
                        Optional.of("Seats 25, step-free")));
            }
            for (String track : List.of("Digital security", "Well-being and psychosocial security",
                    "Innovation and advocacy", "Legal and physical protection")) {
                tracks.add(administration.addTrack(DEMO_ORGANISER, edition.id(), track, Optional.empty()));
            }
        }

        /**
         * Fictional people with consents recorded field by field, shared by the editions (trainers
         * come back). The one given {@code nameConsent} false never appears by name.
         */
        private SpeakerId person(String name, int index, Instant given, boolean nameConsent) {
            Optional<SpeakerId> known = programmes.programme(edition.id()).speakers().stream()
                    .filter(speaker -> speaker.profile().name().equals(name)).map(Speaker::id).findFirst();
            if (known.isPresent()) {
                return known.get();
            }
            Map<ProfileField, Consent> consents = new EnumMap<>(ProfileField.class);
            Consent consent = new Consent(given, DEMO_ORGANISER, Optional.of("Signed consent form"));
            if (nameConsent) {
                consents.put(ProfileField.NAME, consent);
            }
            if (index % 2 == 0) {
                consents.put(ProfileField.BIO, consent);
            }
            if (index % 3 == 0) {
                consents.put(ProfileField.ORGANISATION, consent);
            }
            return speakers.register(new SpeakerProfile(name,
                    Optional.of("Trainer and human rights defender with many years of experience in the field."),
                    Optional.of("A fictional organisation")), consents);
        }

        void build(LocalDate first, int days) {
            for (int d = 0; d < days; d++) {
                LocalDate day = first.plusDays(d);
                if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                day(day, d);
            }
        }

        private void day(LocalDate day, int d) {
            int v = d + variation;
            plenary(day, d);
            List<SessionId> partOnes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                partOnes.add(workshop(day, 10, 0, 11, 30, i, WORKSHOPS.get((4 * v + i) % WORKSHOPS.size())
                        + " (part 1)", trainers.get((4 * d + i) % trainers.size()), Optional.empty(), i));
            }
            for (int i = 0; i < 4; i++) {
                workshop(day, 12, 30, 14, 0, i, WORKSHOPS.get((4 * v + i) % WORKSHOPS.size()) + " (part 2)",
                        trainers.get((4 * d + i) % trainers.size()), Optional.of(partOnes.get(i)), i);
            }
            panel(day, 14, 30, 15, 45, PANELS.get(v % PANELS.size()), 2 * d, true, d == 1);
            for (int i = 0; i < 2; i++) {
                workshop(day, 14, 30, 15, 45, 2 + i, WORKSHOPS.get((4 * v + 16 + i) % WORKSHOPS.size()),
                        trainers.get((4 * d + 4 + i) % trainers.size()), Optional.empty(), i + 1);
            }
            if (d % 2 == 0) {
                panel(day, 16, 0, 17, 15, PANELS.get((v + 4) % PANELS.size()), 2 * d + 3, false, false);
            } else {
                schedule(new SessionDetails(SessionType.OPEN_PUBLIC_SESSION, OPEN_SESSIONS.get(v % OPEN_SESSIONS.size()),
                        Optional.of("Open to the public. Photography only with permission of those shown."),
                        slot(day, 16, 0, 17, 15), aula, Optional.of(tracks.get(2)), Set.of(Topic.INNOVATION),
                        Optional.empty(), EN, Set.of(LanguageCode.of("es"), LanguageCode.of("ar")), false,
                        Optional.empty(), List.of(new Contributor(panellists.get((2 * d + 3) % panellists.size()),
                                ContributionRole.MODERATOR, false))));
            }
            for (int i = 0; i < 2; i++) {
                workshop(day, 16, 0, 17, 15, i, WORKSHOPS.get((4 * v + 20 + i) % WORKSHOPS.size()),
                        trainers.get((4 * d + 8 + i) % trainers.size()), Optional.empty(), i + 2);
            }
            if (d == 0) {
                schedule(new SessionDetails(SessionType.NETWORKING, "Welcome evening and networking",
                        Optional.empty(), slot(day, 18, 0, 20, 0), studio, Optional.empty(), Set.of(),
                        Optional.empty(), EN, Set.of(), false, Optional.empty(), List.of()));
            }
            if (d == 2) {
                schedule(new SessionDetails(SessionType.AWARD_CEREMONY, "Defenders' Days award ceremony",
                        Optional.of("Honouring defenders who took great risks for the rights of others."),
                        slot(day, 18, 30, 20, 0), aula, Optional.empty(), Set.of(), Optional.empty(), EN,
                        Set.of(LanguageCode.of("ru"), LanguageCode.of("ar"), LanguageCode.of("es")), false,
                        Optional.empty(), List.of(new Contributor(panellists.get(7), ContributionRole.SPEAKER,
                                false))));
            }
        }

        private void plenary(LocalDate day, int d) {
            String title = d == 0 ? "Opening plenary" : "Morning plenary, day " + (d + 1);
            schedule(new SessionDetails(d == 0 ? SessionType.KEYNOTE : SessionType.PLENARY, title, Optional.empty(),
                    slot(day, 9, 0, 9, 45), aula, Optional.empty(), Set.of(), Optional.empty(), EN,
                    Set.of(LanguageCode.of("ru"), LanguageCode.of("ar"), LanguageCode.of("es"), LanguageCode.of("fr")),
                    false, Optional.empty(), List.of(new Contributor(panellists.get((2 * d + 5) % panellists.size()),
                            ContributionRole.SPEAKER, false))));
        }

        /** Panellists two in a row, and a third as moderator; on one day one panellist takes part unnamed. */
        private void panel(LocalDate day, int fromH, int fromM, int toH, int toM, String title, int first,
                boolean chatham, boolean oneWithheld) {
            List<Contributor> people = List.of(
                    new Contributor(panellists.get(first % panellists.size()), ContributionRole.PANELLIST, oneWithheld),
                    new Contributor(panellists.get((first + 1) % panellists.size()), ContributionRole.PANELLIST,
                            false),
                    new Contributor(panellists.get((first + 2) % panellists.size()), ContributionRole.MODERATOR,
                            false));
            schedule(new SessionDetails(SessionType.PANEL, title, Optional.of(chatham
                    ? "Held under the Chatham House Rule so that panellists at risk can speak freely."
                    : "A conversation between defenders from different regions."), slot(day, fromH, fromM, toH, toM),
                    aula, Optional.of(tracks.get(3)), Set.of(Topic.PSYCHOSOCIAL_SECURITY, LEGAL_SUPPORT),
                    Optional.empty(), EN, chatham ? Set.of(LanguageCode.of("ru")) : Set.of(LanguageCode.of("ar")),
                    chatham, Optional.empty(), people));
        }

        private SessionId workshop(LocalDate day, int fromH, int fromM, int toH, int toM, int room, String title,
                SpeakerId trainer, Optional<SessionId> continues, int flavour) {
            LanguageCode language = switch (flavour % 4) {
                case 1 -> LanguageCode.of("es");
                case 2 -> LanguageCode.of("ru");
                default -> EN;
            };
            Set<LanguageCode> interpretation = language.equals(EN) ? Set.of() : Set.of(EN);
            Topic topic = List.of(Topic.DIGITAL_SECURITY, Topic.PSYCHOSOCIAL_SECURITY, Topic.INNOVATION, LEGAL_SUPPORT)
                    .get((title.length() + flavour) % 4);
            return schedule(new SessionDetails(SessionType.WORKSHOP, title,
                    Optional.of("Hands-on workshop in a small group. Bring your own phone or laptop if you can."),
                    slot(day, fromH, fromM, toH, toM), workshopRooms.get(room),
                    Optional.of(tracks.get(Math.floorMod(title.hashCode(), tracks.size()))), Set.of(topic),
                    Optional.of(20 + 2 * flavour), language, interpretation, flavour == 3, continues,
                    List.of(new Contributor(trainer, ContributionRole.TRAINER, false))));
        }

        private SessionId schedule(SessionDetails details) {
            sessions++;
            return administration.schedule(DEMO_ORGANISER, new ScheduleSessionCommand(edition.id(), details));
        }

        private TimeSlot slot(LocalDate day, int fromH, int fromM, int toH, int toM) {
            return new TimeSlot(day, LocalTime.of(fromH, fromM), LocalTime.of(toH, toM));
        }
    }
}
