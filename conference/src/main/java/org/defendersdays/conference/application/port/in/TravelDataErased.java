package org.defendersdays.conference.application.port.in;

/** What one run of the erasure did: how many requests lost their passport details and contact details. */
public record TravelDataErased(int passports, int travelContacts) {
}
