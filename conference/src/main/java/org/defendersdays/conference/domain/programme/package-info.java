/**
 * An edition's programme: its rooms, tracks and sessions, the people who lead them, and the rules
 * that keep a schedule possible (no room or person in two places at once, a workshop's later part
 * after its earlier one). Plain Java with jMolecules types, no framework.
 */
package org.defendersdays.conference.domain.programme;
