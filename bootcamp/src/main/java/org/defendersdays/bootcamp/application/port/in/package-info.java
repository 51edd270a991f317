/** What the bootcamp offers: one interface per use case, with its command or query records. */
@PrimaryPort
package org.defendersdays.bootcamp.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
