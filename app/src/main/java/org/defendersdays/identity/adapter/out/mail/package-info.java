/** Outgoing mail: SMTP when a server is configured, otherwise files in a folder. */
@SecondaryAdapter
package org.defendersdays.identity.adapter.out.mail;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
