package org.defendersdays.conference.config;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.defendersdays.conference.application.AuditedEditionAdministration;
import org.defendersdays.conference.application.AuditedSpeakerAdministration;
import org.defendersdays.conference.application.EditionService;
import org.defendersdays.conference.application.ProgrammeService;
import org.defendersdays.conference.application.SpeakerParticipantService;
import org.defendersdays.conference.application.SpeakerService;
import org.defendersdays.conference.application.port.out.ConferenceEvents;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.application.port.out.PhotoCleaner;
import org.defendersdays.conference.application.port.out.ProgrammeSessions;
import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.defendersdays.conference.application.port.out.Rooms;
import org.defendersdays.conference.application.port.out.SpeakerParticipants;
import org.defendersdays.conference.application.port.out.SpeakerPhotos;
import org.defendersdays.conference.application.port.out.Speakers;
import org.defendersdays.conference.application.port.out.TopicCatalogue;
import org.defendersdays.conference.application.port.out.Tracks;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * Wires the conference module: its adapters (by scanning), its use cases (explicitly, so the
 * application layer needs no Spring stereotypes) and its own schema migrations.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "org.defendersdays.conference.adapter")
@EnableJdbcRepositories(basePackages = "org.defendersdays.conference.adapter.out.persistence")
public class ConferenceConfiguration {

    private static final String ADMIN_PATH = "/admin/conference";

    /** The conference owns the {@code conference} schema, with its own Flyway history table in it. */
    @Bean
    FlywayMigrationInitializer conferenceSchemaMigration(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas("conference")
                .createSchemas(true)
                .locations("classpath:db/migration/conference")
                .load();
        return new FlywayMigrationInitializer(flyway);
    }

    @Bean
    EditionService editionService(Editions editions, ConferenceEvents events, PublicationRevision revision) {
        return new EditionService(editions, events, revision);
    }

    @Bean
    AuditedEditionAdministration editionAdministration(EditionService editions, AuditTrail audit) {
        return new AuditedEditionAdministration(editions, editions, editions, editions, editions, audit);
    }

    @Bean
    ProgrammeService conferenceProgrammeService(Editions editions, Rooms rooms, Tracks tracks, TopicCatalogue topics,
            ProgrammeSessions sessions, Speakers speakers, PublicationRevision revision, AuditTrail audit) {
        return new ProgrammeService(editions, rooms, tracks, topics, sessions, speakers, revision, audit);
    }

    /** A fictional published programme, for the load test and tests of the public pages. */
    @Bean
    SampleProgramme sampleProgramme(EditionService editions, ProgrammeService programme, Speakers speakers,
            PublicationRevision revision) {
        return new SampleProgramme(editions, editions, editions, programme, speakers, revision);
    }

    @Bean
    SpeakerService speakerService(Speakers speakers, SpeakerPhotos photos, PhotoCleaner cleaner,
            PublicationRevision revision) {
        return new SpeakerService(speakers, photos, cleaner, revision, Clock.systemUTC());
    }

    @Bean
    AuditedSpeakerAdministration speakerAdministration(SpeakerService speakers, AuditTrail audit) {
        return new AuditedSpeakerAdministration(speakers, speakers, speakers, speakers, speakers, speakers, audit);
    }

    /** Links speakers who also applied to their application, so a high-risk participant is never shown as one. */
    @Bean
    SpeakerParticipantService speakerParticipants(Speakers speakers, SpeakerParticipants links,
            PublicationRevision revision, AuditTrail audit) {
        return new SpeakerParticipantService(speakers, links, revision, audit);
    }

    /**
     * Who may reach the conference's pages; the app denies everything no module declares. A speaker's
     * photo is public by address, but answers only while the person consents to it being shown.
     */
    @Bean
    AccessRules conferenceAccessRules() {
        return new AccessRules("conference", List.of(
                AccessRules.anyone("/conference/editions", "/conference/editions/*",
                        "/conference/editions/*/agenda", "/conference/editions/*/agenda.ics",
                        "/conference/editions/*/sessions/*", "/conference/speakers/*",
                        "/conference/speakers/*/photo/*", "/api/conference", "/api/conference/**"),
                AccessRules.roles(Set.of(Role.CONFERENCE_ADMIN), ADMIN_PATH + "/**")));
    }

    /** The editions' place in the back office, for conference admins. */
    @Bean
    BackOfficeSection conferenceEditionsSection() {
        return new BackOfficeSection("conference.editions", "conference.admin.section.title",
                "conference.admin.section.description", ADMIN_PATH + "/editions", Set.of(Role.CONFERENCE_ADMIN), 100);
    }

    /** Trainers, panellists and speakers, with their consents, in the back office for conference admins. */
    @Bean
    BackOfficeSection conferenceSpeakersSection() {
        return new BackOfficeSection("conference.speakers", "conference.speakers.section.title",
                "conference.speakers.section.description", ADMIN_PATH + "/speakers", Set.of(Role.CONFERENCE_ADMIN),
                110);
    }
}
