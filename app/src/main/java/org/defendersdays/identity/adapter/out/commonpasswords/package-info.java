/** The common-password list shipped in the app's resources, held in memory. */
@SecondaryAdapter
package org.defendersdays.identity.adapter.out.commonpasswords;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
