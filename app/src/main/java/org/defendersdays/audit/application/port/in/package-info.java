/** What the audit log offers its pages: verifying the chain and browsing the log. */
@PrimaryPort
package org.defendersdays.audit.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
