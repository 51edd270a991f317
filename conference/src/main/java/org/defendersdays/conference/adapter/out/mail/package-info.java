/** Mail to applicants and participants, written in their language and handed to the platform's personal mail. */
@SecondaryAdapter
package org.defendersdays.conference.adapter.out.mail;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
