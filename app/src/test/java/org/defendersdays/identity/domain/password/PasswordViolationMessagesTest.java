package org.defendersdays.identity.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal can be explained, in every language the platform speaks, by identity's bundles. */
class PasswordViolationMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "_ar"})
    void everyViolationHasAMessage(String language) throws Exception {
        Properties messages = new Properties();
        for (String bundle : new String[] {"identity"}) {
            try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle + language + ".properties")) {
                if (in != null) {
                    messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        for (PasswordViolation violation : PasswordViolation.values()) {
            assertThat(messages.getProperty(violation.messageKey())).as(violation + " in language '" + language + "'").isNotBlank();
        }
    }
}
