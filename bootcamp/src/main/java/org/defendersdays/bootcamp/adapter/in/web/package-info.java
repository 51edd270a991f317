/** Web pages of the bootcamp. */
@PrimaryAdapter
package org.defendersdays.bootcamp.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
