/**
 * Feedback after the conference: anonymous answers to a survey for the whole edition and one per
 * session, and the rule that results are shown only for groups large enough not to identify anyone.
 * Plain Java with jMolecules types, no framework.
 */
package org.defendersdays.conference.domain.feedback;
