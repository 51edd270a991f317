/**
 * Who may see an edition's participant list, and whom it shows. Never public: confirmed
 * participants only, once the programme is published, and only those who agreed to be listed and
 * are not at high risk. Plain Java with jMolecules types, no framework.
 */
package org.defendersdays.conference.domain.participants;
