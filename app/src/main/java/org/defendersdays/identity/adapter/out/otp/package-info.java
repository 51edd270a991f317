/** TOTP codes from the java-otp library (RFC 6238 over the JDK's HMAC). */
@SecondaryAdapter
package org.defendersdays.identity.adapter.out.otp;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
