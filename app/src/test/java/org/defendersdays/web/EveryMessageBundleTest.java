package org.defendersdays.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;

import org.defendersdays.sharedkernel.testing.MessageBundle;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module's messages, found on the class path the way the app's message source finds them:
 * complete in every supported language, really translated, quotes as MessageFormat reads them.
 */
class EveryMessageBundleTest {

    @TestFactory
    Stream<DynamicTest> everyBundleIsTranslatedAndWellFormed() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        return Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                .filter(name -> !name.contains("_")).map(name -> "i18n/" + name.replace(".properties", ""))
                .distinct().sorted()
                .map(basename -> DynamicTest.dynamicTest(basename, () -> MessageBundle.of(basename)
                        .assertTranslated().assertArabicIsArabic().assertQuotesReadByMessageFormat()));
    }
}
