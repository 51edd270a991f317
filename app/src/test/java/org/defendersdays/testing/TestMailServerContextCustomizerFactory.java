package org.defendersdays.testing;

import java.util.List;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Points every app test context's mail at the {@link TestMailServer}. */
public class TestMailServerContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new MailCustomizer();
    }

    private static final class MailCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + TestMailServer.port())
                    .applyTo(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MailCustomizer;
        }

        @Override
        public int hashCode() {
            return MailCustomizer.class.hashCode();
        }
    }
}
