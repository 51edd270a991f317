package org.defendersdays.identity.domain.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TotpLabelTest {

    private static final PersonId PERSON = new PersonId(UUID.fromString("3f2a9c1e-0000-4000-8000-000000000001"));

    @Test
    void theDisplayNameIsTheLabel() {
        assertThat(TotpLabel.forPerson("  Mar\u00eda L\u00f3pez ", PERSON).value()).isEqualTo("Mar\u00eda L\u00f3pez");
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria@example.org", "Ops: Maria", "   ", "a\u0007b"})
    void anUnusableDisplayNameGivesWayToTheOpaqueId(String displayName) {
        assertThat(TotpLabel.forPerson(displayName, PERSON).value()).isEqualTo("3f2a9c1e");
    }

    @Test
    void aMissingOrOverlongDisplayNameGivesWayToTheOpaqueId() {
        assertThat(TotpLabel.forPerson(null, PERSON).value()).isEqualTo("3f2a9c1e");
        assertThat(TotpLabel.forPerson("x".repeat(65), PERSON).value()).isEqualTo("3f2a9c1e");
        assertThat(TotpLabel.forPerson("x".repeat(64), PERSON).value()).hasSize(64);
    }

    @Test
    void anEmailAddressIsNeverALabel() {
        assertThatThrownBy(() -> new TotpLabel("maria@example.org")).isInstanceOf(IllegalArgumentException.class);
    }
}
