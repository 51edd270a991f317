/** Mails people about the conference through the platform's PersonalMail, in their own language. */
@SecondaryAdapter
package org.defendersdays.conference.adapter.out.mail;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
