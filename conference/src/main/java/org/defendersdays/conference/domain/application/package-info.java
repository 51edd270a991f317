/**
 * Calls for applications and the applications human rights defenders send to them: what a call
 * asks and when it is open, what an applicant tells us, and the rules of a draft, a submitted and a
 * withdrawn application. Plain Java with jMolecules types, no framework. Sensitive texts are held
 * here in the clear; the persistence adapter seals them before they reach the database.
 */
package org.defendersdays.conference.domain.application;
