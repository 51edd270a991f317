/**
 * Workshop sign-up: a confirmed participant's places in workshops, the series a multi-part workshop
 * forms, time clashes in a personal programme, and the private calendar token. Plain Java with
 * jMolecules types, no framework.
 */
package org.defendersdays.conference.domain.workshop;
