/** Web pages of the community. */
@PrimaryAdapter
package org.defendersdays.community.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
