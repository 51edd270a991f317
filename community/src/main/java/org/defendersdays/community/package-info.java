/**
 * The members' network: groups of defenders around the conference's editions (and, in later
 * issues, around topics). Privacy by default: a group's existence is public, its members never are.
 * Hexagonal: {@code domain} is plain Java; {@code application} holds the use cases and their ports;
 * {@code adapter} the web, persistence and event technology; {@code config} the Spring wiring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package org.defendersdays.community;
