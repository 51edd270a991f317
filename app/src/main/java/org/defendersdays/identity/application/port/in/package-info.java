/** What identity offers: one interface per use case, with its command records. */
@PrimaryPort
package org.defendersdays.identity.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
