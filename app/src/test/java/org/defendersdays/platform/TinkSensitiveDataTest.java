package org.defendersdays.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;

import org.defendersdays.sharedkernel.crypto.SensitiveData.Context;
import org.junit.jupiter.api.Test;

class TinkSensitiveDataTest {

    /** A throwaway keyset for this test only. */
    private static final String KEYSET = "eyJwcmltYXJ5S2V5SWQiOjc1MTk1NTAyNywia2V5IjpbeyJrZXlEYXRhIjp7InR5cGVVcmwiOiJ0eXBlLmdvb2dsZWFwaXMuY29tL2dvb2dsZS5jcnlwdG8udGluay5BZXNHY21LZXkiLCJ2YWx1ZSI6IkdpRDhVR3dtZU9sVXc5aXpIelljak5XaENXaUR0VVhRcDNwNy9RQmVUQlUyZFE9PSIsImtleU1hdGVyaWFsVHlwZSI6IlNZTU1FVFJJQyJ9LCJzdGF0dXMiOiJFTkFCTEVEIiwia2V5SWQiOjc1MTk1NTAyNywib3V0cHV0UHJlZml4VHlwZSI6IlRJTksifV19Cg==";

    private final TinkSensitiveData sensitive = new TinkSensitiveData(KEYSET);
    private final Context risk = new Context("conference.application.riskSituation", "3f1c0b8e-1");

    @Test
    void aSealedValueOpensForItsOwnRecordAndPurposeOnly() {
        String text = "Мне угрожают после доклада о задержаниях";

        byte[] sealed = sensitive.seal(text, risk);

        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("угрожают");
        assertThat(sensitive.open(sealed, risk)).isEqualTo(text);
        assertThatIllegalStateException()
                .isThrownBy(() -> sensitive.open(sealed, new Context(risk.purpose(), "another-row")));
        assertThatIllegalStateException()
                .isThrownBy(() -> sensitive.open(sealed, new Context("conference.passport.number", risk.recordId())));
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        byte[] sealed = sensitive.seal("text", risk);
        sealed[sealed.length - 1] ^= 1;

        assertThatIllegalStateException().isThrownBy(() -> sensitive.open(sealed, risk));
    }

    @Test
    void withoutAKeysetThePlatformDoesNotStart() {
        assertThatIllegalStateException().isThrownBy(() -> new TinkSensitiveData(""))
                .withMessageContaining("DD_SECRETS_KEYSET");
    }
}
