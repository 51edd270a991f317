/** Publishes integration events through Spring's event publisher into the event publication registry. */
@SecondaryAdapter
package org.defendersdays.conference.adapter.out.event;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
