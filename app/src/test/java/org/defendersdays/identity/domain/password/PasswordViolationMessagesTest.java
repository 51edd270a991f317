package org.defendersdays.identity.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal can be explained, in every language the platform speaks. */
class PasswordViolationMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"identity-credentials.properties", "identity-credentials_ar.properties"})
    void everyViolationHasAMessage(String bundle) throws Exception {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (PasswordViolation violation : PasswordViolation.values()) {
            assertThat(messages.getProperty(violation.messageKey())).as(violation + " in " + bundle).isNotBlank();
        }
        assertThat(messages.getProperty("identity.password.hint")).isNotBlank();
    }
}
