package org.defendersdays.community.application.port.in;

import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.GroupId;

/**
 * Once the conference announces an edition, the community opens the group its accepted
 * participants will join.
 */
public interface OpenEditionGroupUseCase {

    /**
     * Opens the edition's participant group, unless it already has one. Safe to call again, and at
     * the same time from several threads: an edition never gets a second group.
     *
     * @return the edition's group, whether opened by this call or before it
     */
    GroupId openFor(EditionReference edition);
}
