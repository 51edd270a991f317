@SecondaryAdapter
package archfixtures.hexagonal.adapter.out;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
