package org.defendersdays.bootcamp.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.sharedkernel.identity.PersonId;

/** Which programme prepares for which conference edition, and the offers made to accepted people. */
public interface ConferencePreparations {

    /** The year of the edition the programme prepares for, if any. */
    Optional<Integer> yearOf(ProgrammeId programme);

    /**
     * Makes the programme the preparation for that edition year (or for none), replacing what it
     * prepared for before.
     *
     * @throws org.defendersdays.bootcamp.domain.ProgrammeRuleViolation if another programme already
     *         prepares for that year (the store decides, so two admins cannot both take it)
     */
    void prepare(ProgrammeId programme, Optional<Integer> editionYear);

    /**
     * Offers the edition's preparation programme (if it has one that is not retired) to the person,
     * unless it was offered to them already, in one atomic step.
     *
     * @return whether this call made an offer
     */
    boolean offer(int editionYear, PersonId person, Instant at);

    /** The offers made to the person: the programme's id, the edition year and the moment, newest first. */
    List<Offered> offersTo(PersonId person);

    /** One stored offer. */
    record Offered(ProgrammeId programme, int editionYear, Instant offeredAt) {
    }
}
