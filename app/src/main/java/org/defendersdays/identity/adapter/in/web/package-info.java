/** Identity's pages: registration, sign-in, password reset, the person's account. */
@PrimaryAdapter
package org.defendersdays.identity.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
