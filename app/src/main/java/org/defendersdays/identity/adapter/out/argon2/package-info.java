/** Argon2id hashing through Spring Security's encoder, with Bouncy Castle underneath. */
@SecondaryAdapter
package org.defendersdays.identity.adapter.out.argon2;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
