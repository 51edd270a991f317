package org.defendersdays.conference.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the public JSON API answers, one record per document. Only what the public may see: people
 * by name (and id) only with their consent and where their name is not withheld; withheld people
 * appear as their role and {@code "nameWithheld": true}, nothing more.
 */
final class PublicApiDocuments {

    private PublicApiDocuments() {
    }

    /** The API's entry point: where its parts and its description are. */
    record ApiIndex(String name, String description, String openapi, String editions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApiEdition(int year, String status, String city, String venue, String theme, LocalDate startDate,
            LocalDate endDate, List<String> topics, List<String> languages, boolean agendaPublished, String href,
            String agenda, String sessions, String calendar) {
    }

    record ApiEditions(List<ApiEdition> editions) {
    }

    /**
     * @param startsAt and {@code endsAt}: local time in Stockholm with its offset, ISO 8601
     * @param language the ISO 639 code of the language the session is held in
     * @param interpretation the languages it is interpreted into
     * @param continues the id of the part this session requires, if it is a later part of a workshop
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApiSession(String id, int year, String title, String description, String type, LocalDate day,
            String startsAt, String endsAt, String timeZone, String room, String track, List<String> topics,
            String language, List<String> interpretation, boolean chathamHouseRule, Integer seats, String continues,
            String continuedBy, List<ApiContributor> contributors, String href, String calendar) {
    }

    /** A named person (with their id) or, when the name is withheld, the role alone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApiContributor(String role, boolean nameWithheld, String name, String speakerId, String href) {
    }

    record ApiSessions(int year, int total, List<ApiSession> sessions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApiSpeaker(String id, String name, String bio, String organisation, String photo,
            List<ApiSpeakerSession> sessions) {
    }

    record ApiSpeakerSession(int year, String id, String title, String role, LocalDate day, String href) {
    }
}
