package org.defendersdays.platform;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event publication registry (the outbox) lives in its own {@code events} schema, migrated
 * here rather than by Spring Modulith's schema initializer so its history is versioned like every
 * other schema.
 */
@Configuration(proxyBeanMethods = false)
class EventRegistryConfiguration {

    @Bean
    FlywayMigrationInitializer eventRegistrySchemaMigration(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas("events")
                .createSchemas(true)
                .locations("classpath:db/migration/events")
                .load();
        return new FlywayMigrationInitializer(flyway);
    }
}
