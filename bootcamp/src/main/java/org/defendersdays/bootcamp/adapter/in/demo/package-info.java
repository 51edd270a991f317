/** Demo data, loaded only with the demo profile. */
@PrimaryAdapter
package org.defendersdays.bootcamp.adapter.in.demo;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
