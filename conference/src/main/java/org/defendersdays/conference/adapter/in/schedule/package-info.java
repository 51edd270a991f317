/** Scheduled housekeeping of the conference: places whose offer ran out, travel data erased after each edition. */
@PrimaryAdapter
package org.defendersdays.conference.adapter.in.schedule;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
