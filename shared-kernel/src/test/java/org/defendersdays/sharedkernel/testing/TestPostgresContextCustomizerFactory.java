package org.defendersdays.sharedkernel.testing;

import java.util.List;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the {@link TestPostgres} database. Registered in
 * {@code META-INF/spring.factories} of this test jar, so any module that depends on it gets a
 * real, isolated PostgreSQL without further setup.
 */
public class TestPostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new TestPostgresCustomizer();
    }

    /** All instances are equal, so the test context cache is not split by this customizer. */
    private static final class TestPostgresCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context,
                MergedContextConfiguration mergedConfig) {
            TestPostgres.Database database = TestPostgres.database();
            TestPropertyValues.of(
                    "spring.datasource.url=" + database.jdbcUrl(),
                    "spring.datasource.username=" + database.username(),
                    "spring.datasource.password=" + database.password())
                    .applyTo(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestPostgresCustomizer;
        }

        @Override
        public int hashCode() {
            return TestPostgresCustomizer.class.hashCode();
        }
    }
}
