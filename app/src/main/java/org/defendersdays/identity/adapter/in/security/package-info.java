/** Spring Security's view of identity: how sign-in finds an account, and who is signed in. */
@PrimaryAdapter
package org.defendersdays.identity.adapter.in.security;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
