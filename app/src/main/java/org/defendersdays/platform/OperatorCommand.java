package org.defendersdays.platform;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * A run of the jar that carries out one operator command and ends instead of serving, such as
 * {@code --defendersdays.bootstrap.platform-admin=<email>}. The application starts as usual
 * (configuration, database migrations) but without its web server, the command's runner does its
 * work, and the process exits with the command's exit code ({@code SpringApplication.exit}).
 */
public final class OperatorCommand implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Invites the first platform admin (identity's {@code PlatformAdminBootstrapCommand}); the value is their email address. */
    public static final String BOOTSTRAP_PLATFORM_ADMIN = "defendersdays.bootstrap.platform-admin";

    /** Whether this run carries an operator command. */
    public static boolean requested(Environment environment) {
        return Binder.get(environment).bind(BOOTSTRAP_PLATFORM_ADMIN, String.class).isBound()
                || environment.containsProperty(BOOTSTRAP_PLATFORM_ADMIN);
    }

    /** No web server for an operator command: nothing is served, not even for a moment. */
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (requested(environment)) {
            environment.getPropertySources().addFirst(new MapPropertySource("operatorCommand",
                    Map.of("server.port", "-1")));
        }
    }
}
