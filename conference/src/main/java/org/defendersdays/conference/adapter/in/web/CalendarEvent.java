package org.defendersdays.conference.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.TimeSlot;

/**
 * One session as a calendar shows it. Only what the public may see goes in: names of people who
 * consented (and are not withheld on this session), never anyone else's.
 *
 * @param people the names to show, already filtered by consent; "name withheld" entries included as such
 * @param chathamHouseRule whether the session runs under the Chatham House Rule
 */
record CalendarEvent(SessionId id, String title, Optional<String> description, TimeSlot slot, String location,
        List<String> people, boolean chathamHouseRule, String chathamHouseNotice, URI page) {
}
