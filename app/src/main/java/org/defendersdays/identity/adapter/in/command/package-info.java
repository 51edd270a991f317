/** Operator commands run from the server's command line, such as inviting the first platform admin. */
@PrimaryAdapter
package org.defendersdays.identity.adapter.in.command;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
