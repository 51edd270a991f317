/**
 * Before the conference: visa invitation letters (a confirmed participant's passport details, an
 * admin's decision, the letter's content) and travel support (an amount asked for, what for, an
 * admin's decision). Plain Java with jMolecules types, no framework. Sealing the sensitive values
 * and erasing them after the conference are the application's and the storage's work.
 */
package org.defendersdays.conference.domain.travel;
