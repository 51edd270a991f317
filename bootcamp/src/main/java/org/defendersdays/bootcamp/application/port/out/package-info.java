/** What the bootcamp needs from the outside: storage for its programmes. */
@SecondaryPort
package org.defendersdays.bootcamp.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
