package org.defendersdays.conference.application.port.in;

import java.time.LocalDate;
import java.util.Optional;

/** The edition a visa letter or travel support page is about, as those pages show it. */
public record TravelEdition(int year, String city, Optional<String> venue, Optional<LocalDate> starts,
        Optional<LocalDate> ends) {
}
