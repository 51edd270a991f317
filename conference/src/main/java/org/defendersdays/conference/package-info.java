/**
 * The Defenders' Days conference: its editions (and, in later issues, programme and participation).
 * Hexagonal: {@code domain} is plain Java; {@code application} holds the use cases and their ports;
 * {@code adapter} the web, persistence and event technology; {@code config} the Spring wiring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conference")
package org.defendersdays.conference;
