/** QR codes encoded by ZXing and drawn as SVG by the app, with no outside service. */
@SecondaryAdapter
package org.defendersdays.identity.adapter.out.qr;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
