/** Identity's scheduled housekeeping. */
@PrimaryAdapter
package org.defendersdays.identity.adapter.in.schedule;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
