package org.defendersdays.conference.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

/** What the edition pages show of one edition; unknown facts are {@code null}; {@code agenda} whether its agenda is public. */
record EditionView(int year, LocalDate startDate, LocalDate endDate, String city, String venue, String theme,
        boolean upcoming, Integer participants, Integer countries, List<String> topics, boolean agenda) {
}
