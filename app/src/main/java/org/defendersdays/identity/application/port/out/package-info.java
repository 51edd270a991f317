/** What identity needs: storage, password hashing, mail. */
@SecondaryPort
package org.defendersdays.identity.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
