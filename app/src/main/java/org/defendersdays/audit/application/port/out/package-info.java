/** What the audit log needs from storage: the chain, locked for appends and walked for checks, and a search. */
@SecondaryPort
package org.defendersdays.audit.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
