/** Pictures: uploaded photos decoded, checked and re-encoded with the JDK's ImageIO. */
@SecondaryAdapter
package org.defendersdays.conference.adapter.out.image;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
