/**
 * The members' network: groups of defenders around the conference's editions, and around topics
 * that community moderators create, describe and publish in the back office. Privacy by default:
 * a published group's existence is public, its members never are; drafts are seen only by moderators.
 * Hexagonal: {@code domain} is plain Java; {@code application} holds the use cases and their ports;
 * {@code adapter} the web, persistence and event technology; {@code config} the Spring wiring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package org.defendersdays.community;
