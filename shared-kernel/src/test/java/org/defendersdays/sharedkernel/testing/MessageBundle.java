package org.defendersdays.sharedkernel.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's message bundle in English and in every translation the platform ships (the languages
 * of {@link #TRANSLATIONS}), with the checks every bundle must pass: the same keys in every
 * language, the same placeholders in every message, Arabic that is really Arabic, and quotes
 * written the way MessageFormat reads them. Used by each module's tests and, over every bundle, by
 * the app's.
 */
public final class MessageBundle {

    /**
     * The languages every bundle is translated into besides English (the default bundle, without a
     * suffix): the interpretation languages of the conference. The app's supported languages are
     * English followed by these.
     */
    public static final List<String> TRANSLATIONS = List.of("es", "fr", "ru", "ar");

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    /** An argument's index and, if given, its format type: {@code {0}}, {@code {1,number}}, ... */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\w+))?");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    /** Keys holding a date pattern for the language, not text: exempt from the script check. */
    private static final Pattern FORMAT_PATTERN_KEY = Pattern.compile(".*\\.datePattern\\..*");

    private final String basename;
    private final Properties english;
    private final Map<String, Properties> translations;

    private MessageBundle(String basename, Properties english, Map<String, Properties> translations) {
        this.basename = basename;
        this.english = english;
        this.translations = translations;
    }

    /** The bundle {@code basename} (such as {@code i18n/conference}) and all its translations. */
    public static MessageBundle of(String basename) {
        return of(basename, TRANSLATIONS);
    }

    /** The bundle {@code basename} and its translations into the given languages. */
    public static MessageBundle of(String basename, List<String> languages) {
        Map<String, Properties> translations = new LinkedHashMap<>();
        languages.forEach(language -> translations.put(language, load(basename + "_" + language + ".properties")));
        return new MessageBundle(basename, load(basename + ".properties"), translations);
    }

    public Properties english() {
        return english;
    }

    public Properties arabic() {
        return translation("ar");
    }

    /** The translation into {@code language}, such as {@code fr}. */
    public Properties translation(String language) {
        Properties translation = translations.get(language);
        assertThat(translation).as("%s translation of %s", language, basename).isNotNull();
        return translation;
    }

    /**
     * Every key is in every language, and every translated message takes the same arguments as the
     * English one (same indices, same format types such as {@code number} or {@code choice}).
     */
    public MessageBundle assertTranslated() {
        assertThat(english.stringPropertyNames()).as("keys of %s", basename).isNotEmpty();
        translations.forEach((language, translation) -> {
            assertThat(translation.stringPropertyNames()).as("keys of %s in %s", basename, language)
                    .isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(translation.getProperty(key)))
                        .as("placeholders of %s in %s (%s)", key, basename, language)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        });
        return this;
    }

    /** Every Arabic message holds Arabic text, not a copy of the English. */
    public MessageBundle assertArabicIsArabic() {
        Properties arabic = arabic();
        assertThat(arabic.stringPropertyNames()).filteredOn(key -> !FORMAT_PATTERN_KEY.matcher(key).matches())
                .allSatisfy(key -> assertThat(ARABIC_LETTER.matcher(arabic.getProperty(key)).find())
                        .as("Arabic text for %s in %s", key, basename).isTrue());
        return this;
    }

    /**
     * Spring applies MessageFormat only when a message gets arguments: there a quote must be doubled
     * (and the message must be a valid MessageFormat pattern), elsewhere a doubled quote would show
     * twice.
     */
    public MessageBundle assertQuotesReadByMessageFormat() {
        Map<String, Properties> every = new LinkedHashMap<>();
        every.put("en", english);
        every.putAll(translations);
        every.forEach((language, bundle) -> {
            for (String key : bundle.stringPropertyNames()) {
                String message = bundle.getProperty(key);
                if (ARGUMENT.matcher(message).find()) {
                    assertThat(LONE_QUOTE.matcher(message).find()).as("lone quote in %s (%s)", key, language).isFalse();
                    assertThatCode(() -> new MessageFormat(message, Locale.forLanguageTag(language)))
                            .as("MessageFormat pattern %s (%s)", key, language).doesNotThrowAnyException();
                } else {
                    assertThat(message).as("%s (%s)", key, language).doesNotContain("''");
                }
            }
        });
        return this;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message == null ? "" : message);
        while (matcher.find()) {
            found.add(matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + "," + matcher.group(2));
        }
        return found;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundle.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("message bundle %s on the class path", resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return properties;
    }
}
