package org.defendersdays.conference.application.port.in;

import java.util.List;

import org.defendersdays.conference.domain.Edition;

/** Anyone browses the public editions: upcoming ones first, then the conference's history. */
public interface BrowsePublicEditionsUseCase {

    PublicEditions publicEditions();

    /**
     * @throws UnknownEdition if no public edition took place in that year
     */
    Edition publicEdition(int year);

    /** The public editions, split the way visitors look at them. */
    record PublicEditions(List<Edition> upcoming, List<Edition> past) {

        public PublicEditions {
            upcoming = List.copyOf(upcoming);
            past = List.copyOf(past);
        }
    }
}
