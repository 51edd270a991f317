@PrimaryPort
package archfixtures.hexagonal.port;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
