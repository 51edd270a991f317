/** The back office shell's page. */
@PrimaryAdapter
package org.defendersdays.backoffice.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
