/** Demo data, loaded only with the demo profile. */
@PrimaryAdapter
package org.defendersdays.community.adapter.in.demo;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
