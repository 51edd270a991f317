/** Encryption of stored secrets with Google Tink. */
@SecondaryAdapter
package org.defendersdays.identity.adapter.out.crypto;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
