/** Scheduled housekeeping of the conference: erasing travel data after each edition. */
@PrimaryAdapter
package org.defendersdays.conference.adapter.in.schedule;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
