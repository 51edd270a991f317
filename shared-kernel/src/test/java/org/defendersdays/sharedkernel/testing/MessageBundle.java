package org.defendersdays.sharedkernel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A module's message bundle in English and Arabic, with the checks every bundle must pass: the
 * same keys in both languages, Arabic that is really Arabic, and quotes written the way
 * MessageFormat reads them. Used by each module's tests and, over every bundle, by the app's.
 */
public final class MessageBundle {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");

    private final String basename;
    private final Properties english;
    private final Properties arabic;

    private MessageBundle(String basename) {
        this.basename = basename;
        this.english = load(basename + ".properties");
        this.arabic = load(basename + "_ar.properties");
    }

    /** The bundle {@code basename} (such as {@code i18n/conference}) and its Arabic translation. */
    public static MessageBundle of(String basename) {
        return new MessageBundle(basename);
    }

    public Properties english() {
        return english;
    }

    public Properties arabic() {
        return arabic;
    }

    /** Every key is in both languages. */
    public MessageBundle assertTranslated() {
        assertThat(english.stringPropertyNames()).as("keys of %s", basename).isNotEmpty();
        assertThat(arabic.stringPropertyNames()).as("Arabic keys of %s", basename)
                .isEqualTo(english.stringPropertyNames());
        return this;
    }

    /** Every Arabic message holds Arabic text, not a copy of the English. */
    public MessageBundle assertArabicIsArabic() {
        assertThat(arabic.stringPropertyNames())
                .allSatisfy(key -> assertThat(ARABIC_LETTER.matcher(arabic.getProperty(key)).find())
                        .as("Arabic text for %s in %s", key, basename).isTrue());
        return this;
    }

    /**
     * Spring applies MessageFormat only when a message gets arguments: there a quote must be doubled,
     * elsewhere a doubled quote would show twice.
     */
    public MessageBundle assertQuotesReadByMessageFormat() {
        for (Properties bundle : List.of(english, arabic)) {
            for (String key : bundle.stringPropertyNames()) {
                String message = bundle.getProperty(key);
                if (ARGUMENT.matcher(message).find()) {
                    assertThat(LONE_QUOTE.matcher(message).find()).as("lone quote in %s", key).isFalse();
                } else {
                    assertThat(message).as(key).doesNotContain("''");
                }
            }
        }
        return this;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundle.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return properties;
    }
}
