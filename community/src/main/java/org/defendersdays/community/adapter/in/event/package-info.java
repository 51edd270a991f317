/** Reacts to other modules' integration events. */
@PrimaryAdapter
package org.defendersdays.community.adapter.in.event;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
