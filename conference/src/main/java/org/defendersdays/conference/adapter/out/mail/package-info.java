/** Mail to participants about their visa letter and travel support requests, through the app's PersonalMail. */
@SecondaryAdapter
package org.defendersdays.conference.adapter.out.mail;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
