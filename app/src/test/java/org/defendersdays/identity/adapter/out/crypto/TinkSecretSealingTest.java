package org.defendersdays.identity.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

class TinkSecretSealingTest {

    /** A throwaway keyset for this test only. */
    private static final String KEYSET = "eyJwcmltYXJ5S2V5SWQiOjc1MTk1NTAyNywia2V5IjpbeyJrZXlEYXRhIjp7InR5cGVVcmwiOiJ0eXBlLmdvb2dsZWFwaXMuY29tL2dvb2dsZS5jcnlwdG8udGluay5BZXNHY21LZXkiLCJ2YWx1ZSI6IkdpRDhVR3dtZU9sVXc5aXpIelljak5XaENXaUR0VVhRcDNwNy9RQmVUQlUyZFE9PSIsImtleU1hdGVyaWFsVHlwZSI6IlNZTU1FVFJJQyJ9LCJzdGF0dXMiOiJFTkFCTEVEIiwia2V5SWQiOjc1MTk1NTAyNywib3V0cHV0UHJlZml4VHlwZSI6IlRJTksifV19Cg==";

    private final TinkSecretSealing sealing = new TinkSecretSealing(KEYSET);
    private final byte[] secret = "twenty bytes secret!".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSealedSecretOpensForItsOwnerOnly() {
        PersonId owner = PersonId.generate();

        byte[] sealed = sealing.seal(secret, owner);

        assertThat(sealed).isNotEqualTo(secret).hasSizeGreaterThan(secret.length);
        assertThat(sealing.open(sealed, owner)).isEqualTo(secret);
        assertThatIllegalStateException().isThrownBy(() -> sealing.open(sealed, PersonId.generate()));
    }

    @Test
    void sealingTwiceGivesDifferentBytes() {
        PersonId owner = PersonId.generate();

        assertThat(sealing.seal(secret, owner)).isNotEqualTo(sealing.seal(secret, owner));
    }

    @Test
    void anAlteredSealDoesNotOpen() {
        PersonId owner = PersonId.generate();
        byte[] sealed = sealing.seal(secret, owner);
        sealed[sealed.length - 1] ^= 1;

        assertThatIllegalStateException().isThrownBy(() -> sealing.open(sealed, owner));
    }

    @Test
    void withoutAKeysetThePlatformDoesNotStart() {
        assertThatIllegalStateException().isThrownBy(() -> new TinkSecretSealing(" "))
                .withMessageContaining("DD_SECRETS_KEYSET");
        assertThatIllegalStateException().isThrownBy(() -> new TinkSecretSealing("bm90IGEga2V5c2V0"))
                .withMessageContaining("not a usable Tink AEAD keyset");
    }
}
