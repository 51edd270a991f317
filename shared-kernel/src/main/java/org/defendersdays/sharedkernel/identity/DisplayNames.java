package org.defendersdays.sharedkernel.identity;

import java.util.Collection;
import java.util.Map;

/**
 * The display names of people, for the few pages that show one person's name to another (such as
 * the participant list of a conference edition, among participants who agreed to be listed).
 * Implemented by the app's identity module, the only one that knows names. Callers decide who may
 * be shown; this only answers with names. A person whose account is gone or not active is left out.
 */
public interface DisplayNames {

    /** The display names of the given people who have an active account; the others are missing from the map. */
    Map<PersonId, String> of(Collection<PersonId> people);
}
