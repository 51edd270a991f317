/** What the back office offers its web adapter. */
@PrimaryPort
package org.defendersdays.backoffice.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
