package org.defendersdays.identity.adapter.out.commonpasswords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.defendersdays.identity.domain.password.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShippedCommonPasswordsTest {

    private static final ShippedCommonPasswords LIST = new ShippedCommonPasswords();

    @Test
    void theListHoldsAtLeastTheTenThousandMostCommonPasswords() {
        assertThat(LIST.size()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void theShippedFileIsOnePasswordALineLowercaseWithoutRepeats() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream(ShippedCommonPasswords.LIST)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(lines).hasSize(LIST.size()).doesNotHaveDuplicates().allSatisfy(line -> {
            assertThat(line).isNotBlank().isEqualTo(line.strip()).isEqualTo(line.toLowerCase(Locale.ROOT));
        });
        assertThat(lines).startsWith("123456", "password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD", "PassWord", "123456789012", "qwertyuiop12", "QwertyUiop12", "1q2w3e4r5t6y",
        "iloveyou", "trustno1"})
    void commonPasswordsAreFoundInAnyCase(String password) {
        assertThat(LIST.contains(Password.of(password))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tangerine orbit velvet harbour", "x7#Lq9!vR2@mZ", "passwordx"})
    void otherPasswordsAreNot(String password) {
        assertThat(LIST.contains(Password.of(password))).isFalse();
    }

    @Test
    void fullWidthTypingOfACommonPasswordIsStillFound() {
        // NFKC turns full-width letters into ASCII before the lookup.
        assertThat(LIST.contains(Password.of("\uff50\uff41\uff53\uff53\uff57\uff4f\uff52\uff44"))).isTrue();
    }

    @Test
    void aMissingListStopsTheApplicationRatherThanAcceptingEveryPassword() {
        assertThatThrownBy(() -> new ShippedCommonPasswords("/identity/no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
    }

    @Test
    void aTruncatedListStopsTheApplicationToo() {
        assertThatThrownBy(() -> new ShippedCommonPasswords("/identity/common-passwords.LICENSE.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only");
    }
}
