/** What the conference needs from the outside: storage and a way to tell other modules. */
@SecondaryPort
package org.defendersdays.conference.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
