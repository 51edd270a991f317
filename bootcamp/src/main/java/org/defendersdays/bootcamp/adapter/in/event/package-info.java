/** Reacts to other modules' integration events. */
@PrimaryAdapter
package org.defendersdays.bootcamp.adapter.in.event;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
