package org.defendersdays.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.defendersdays.conference.domain.application.ApplicationStatus;
import org.defendersdays.conference.domain.application.Gender;
import org.defendersdays.conference.domain.application.PhotoPreference;
import org.defendersdays.conference.domain.application.QuotaKind;
import org.defendersdays.conference.domain.application.RegionOfWork;
import org.defendersdays.sharedkernel.testing.MessageBundle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The calls-and-applications bundle: complete in every language, and able to say every rule the code can break. */
class ApplicationMessagesTest {

    private final MessageBundle messages = MessageBundle.of("i18n/applications");
    private final Properties english = messages.english();

    @Test
    void everyKeyIsInEveryLanguageAndTheArabicIsArabic() {
        messages.assertTranslated().assertArabicIsArabic().assertQuotesReadByMessageFormat();
    }

    @Test
    void everyValueAPageNamesHasAMessage() {
        for (RegionOfWork region : RegionOfWork.values()) {
            assertThat(english).containsKey("application.region." + region);
        }
        for (QuotaKind kind : QuotaKind.values()) {
            assertThat(english).containsKey("application.call.quota." + kind);
        }
        for (Gender gender : Gender.values()) {
            assertThat(english).containsKey("application.gender." + gender);
        }
        for (PhotoPreference preference : PhotoPreference.values()) {
            assertThat(english).containsKey("application.photo." + preference);
        }
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(english).containsKey("application.status." + status).containsKey("application.status.name." + status);
        }
    }

    /** Every message key the domain, the use cases and the forms name in a string literal is in the bundle. */
    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Pattern key = Pattern.compile("\"(application\\.[a-zA-Z]+(\\.[a-zA-Z]+)+)\"");
        Path sources = Path.of("src/main/java/org/defendersdays/conference");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    String named = matcher.group(1);
                    if (!named.endsWith(".") && !named.startsWith("application.port")) {
                        assertThat(english).as("%s named in %s", named, file).containsKey(named);
                    }
                }
            }
        }
    }
}
