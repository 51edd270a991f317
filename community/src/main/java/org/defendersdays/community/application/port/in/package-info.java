/** What the community offers: one interface per use case, with its query and error types. */
@PrimaryPort
package org.defendersdays.community.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
