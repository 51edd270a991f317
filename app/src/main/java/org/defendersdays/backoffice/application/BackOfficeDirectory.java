package org.defendersdays.backoffice.application;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.defendersdays.backoffice.application.port.in.ListBackOfficeSectionsUseCase;
import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;

/**
 * Every section the modules contribute, filtered by audience. The order breaks ties by id, so the
 * navigation never reshuffles between restarts when two modules pick the same number.
 */
public class BackOfficeDirectory implements ListBackOfficeSectionsUseCase {

    private static final Comparator<BackOfficeSection> NAVIGATION_ORDER = Comparator
            .comparingInt(BackOfficeSection::order).thenComparing(BackOfficeSection::id);

    private final List<BackOfficeSection> sections;

    public BackOfficeDirectory(List<BackOfficeSection> sections) {
        this.sections = sections.stream().sorted(NAVIGATION_ORDER).toList();
    }

    @Override
    public List<BackOfficeSection> sectionsFor(Set<Role> roles) {
        return sections.stream().filter(section -> section.isFor(roles)).toList();
    }
}
