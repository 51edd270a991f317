/** Mail to participants about their workshop places, through the app's PersonalMail, in their own language. */
@SecondaryAdapter
package org.defendersdays.conference.adapter.out.mail.workshops;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
