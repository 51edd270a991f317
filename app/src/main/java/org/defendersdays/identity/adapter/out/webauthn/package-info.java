/**
 * Where Spring Security's WebAuthn relying party keeps passkeys and WebAuthn user entities: its own
 * repository interfaces, implemented over identity's PostgreSQL tables.
 */
@SecondaryAdapter
package org.defendersdays.identity.adapter.out.webauthn;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
