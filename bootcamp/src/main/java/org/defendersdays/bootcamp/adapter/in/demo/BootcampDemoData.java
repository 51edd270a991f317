package org.defendersdays.bootcamp.adapter.in.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.defendersdays.bootcamp.application.port.in.CreateProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.CreateProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.bootcamp.domain.DeliveryFormat;
import org.defendersdays.bootcamp.domain.Language;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeOutline;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.ProgrammeSlugTaken;
import org.defendersdays.bootcamp.domain.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The bootcamp's demo data: four published programmes and one draft that stays out of the
 * catalogue. Loaded through the real use cases, at every start with the {@code demo} profile, adding
 * only the programmes whose slug is not taken yet. Fictional content; no real people.
 */
@Component
@Profile("demo")
@Order(20)
class BootcampDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootcampDemoData.class);

    private final CreateProgrammeUseCase create;
    private final PublishProgrammeUseCase publish;

    BootcampDemoData(CreateProgrammeUseCase create, PublishProgrammeUseCase publish) {
        this.create = create;
        this.publish = publish;
    }

    @Override
    public void run(ApplicationArguments args) {
        published("digital-security-foundations", new ProgrammeOutline(
                "Digital security foundations for human rights defenders",
                "Assess the digital risks you face and reduce them step by step: protect your devices and "
                        + "accounts, browse and share files more safely, and make a security plan that fits "
                        + "your work. No technical background needed.",
                DeliveryFormat.BLENDED, 6, languages("en", "ar", "fr", "es"),
                topics("digital-security", "risk-assessment")));
        published("psychosocial-wellbeing-and-resilience", new ProgrammeOutline(
                "Psychosocial well-being and resilience",
                "Recognise the signs of stress, burnout and trauma in yourself and your team, and build "
                        + "practices of self-care and collective care that help you keep going in hostile "
                        + "environments. Small groups, led by experienced facilitators.",
                DeliveryFormat.LIVE_ONLINE, 4, languages("en", "ar", "ru"),
                topics("psychosocial-wellbeing", "collective-care")));
        published("documenting-violations-safely", new ProgrammeOutline(
                "Documenting human rights violations safely",
                "Collect, verify and store testimonies, photos and videos so they can serve as evidence, "
                        + "while protecting the people who share them and yourself. Includes informed consent, "
                        + "metadata and secure storage.",
                DeliveryFormat.SELF_PACED, 8, languages("en", "es", "fr"),
                topics("documentation", "evidence-handling", "digital-security")));
        published("secure-communications-for-networks", new ProgrammeOutline(
                "Secure communications for networks of defenders",
                "Choose and set up communication tools for a network or coalition: encrypted messaging, "
                        + "group hygiene, what to do when a member's phone is seized, and how to agree on "
                        + "shared rules.",
                DeliveryFormat.LIVE_ONLINE, 5, languages("en", "ar", "fa"),
                topics("secure-communications", "digital-security")));
        created("organisational-security-planning", new ProgrammeOutline(
                "Security planning for small organisations",
                "A programme in preparation: bring your organisation's security policies, incident "
                        + "response and protection of staff together in one plan.",
                DeliveryFormat.BLENDED, 10, languages("en"),
                topics("organisational-security", "risk-assessment")));
    }

    private void published(String slug, ProgrammeOutline outline) {
        created(slug, outline).ifPresent(publish::publish);
    }

    private Optional<ProgrammeId> created(String slug, ProgrammeOutline outline) {
        try {
            ProgrammeId id = create.create(new CreateProgrammeCommand(new ProgrammeSlug(slug), outline));
            log.info("Demo data: programme {} added", slug);
            return Optional.of(id);
        } catch (ProgrammeSlugTaken alreadyThere) {
            return Optional.empty();
        }
    }

    private static List<Language> languages(String... codes) {
        return Arrays.stream(codes).map(Language::new).toList();
    }

    private static List<Topic> topics(String... slugs) {
        return Arrays.stream(slugs).map(Topic::new).toList();
    }
}
