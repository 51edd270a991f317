/** What identity needs from the outside: hashing, the common-password list, TOTP codes, QR codes. */
@SecondaryPort
package org.defendersdays.identity.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
