/** Visa letters printed as PDF with Apache PDFBox and an embedded TrueType font (Liberation Serif). */
@SecondaryAdapter
package org.defendersdays.conference.adapter.out.pdf;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
