package org.defendersdays.community.application.port.in;

import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.sharedkernel.identity.PersonId;

/** Once the conference accepts a person to an edition, the community adds them to that edition's group. */
public interface AdmitToEditionGroupUseCase {

    /**
     * Adds the person to the edition's group, opening the group first if the edition's announcement
     * has not arrived yet (so the membership is not lost). Safe to call again, also at the same time:
     * the person belongs to the group once; a person who left is not added back.
     *
     * @return the edition's group
     */
    GroupId admit(EditionReference edition, PersonId person);
}
