package org.defendersdays.identity.domain.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.defendersdays.identity.domain.IdentityRuleViolation;
import org.junit.jupiter.api.Test;

class PasskeyLabelTest {

    @Test
    void isTrimmedAndItsSpacesCollapsed() {
        assertThat(new PasskeyLabel("  work \t laptop ").value()).isEqualTo("work laptop");
    }

    @Test
    void acceptsAnyScriptUpToSixtyFourCharacters() {
        assertThat(new PasskeyLabel("هاتفي").value()).isEqualTo("هاتفي");
        assertThat(new PasskeyLabel("x".repeat(64)).value()).hasSize(64);
    }

    @Test
    void refusesBlankOverlongAndDisguisingText() {
        assertThatThrownBy(() -> new PasskeyLabel(" ")).isInstanceOf(IdentityRuleViolation.class)
                .hasMessage("identity.passkey.label.required");
        assertThatThrownBy(() -> new PasskeyLabel(null)).hasMessage("identity.passkey.label.required");
        assertThatThrownBy(() -> new PasskeyLabel("x".repeat(65))).hasMessage("identity.passkey.label.length");
        assertThatThrownBy(() -> new PasskeyLabel("lap\u202Etop")).hasMessage("identity.passkey.label.invalid");
    }
}
