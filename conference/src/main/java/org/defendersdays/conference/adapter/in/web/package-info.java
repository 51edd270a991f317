/** Web pages of the conference. */
@PrimaryAdapter
package org.defendersdays.conference.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
