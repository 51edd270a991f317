/** What the community needs from the outside: storage for its groups. */
@SecondaryPort
package org.defendersdays.community.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
