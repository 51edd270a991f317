/**
 * The bootcamp: remote training and skill-sharing for human rights defenders, starting with the
 * public catalogue of training programmes. Hexagonal: {@code domain} is plain Java;
 * {@code application} holds the use cases and their ports; {@code adapter} the web, demo and
 * persistence technology; {@code config} the Spring wiring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bootcamp")
package org.defendersdays.bootcamp;
