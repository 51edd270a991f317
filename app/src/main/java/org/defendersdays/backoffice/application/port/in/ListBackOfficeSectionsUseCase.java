package org.defendersdays.backoffice.application.port.in;

import java.util.List;
import java.util.Set;

import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;

/** Someone with an administrative role opens the back office and sees the sections meant for them. */
public interface ListBackOfficeSectionsUseCase {

    /** The sections whose audience includes one of the roles, in navigation order. */
    List<BackOfficeSection> sectionsFor(Set<Role> roles);
}
