/** Demo accounts, loaded only with the demo profile. */
@PrimaryAdapter
package org.defendersdays.identity.adapter.in.demo;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
