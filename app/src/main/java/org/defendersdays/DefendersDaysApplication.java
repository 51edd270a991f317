package org.defendersdays;

import org.defendersdays.platform.OperatorCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;

/**
 * The Defenders' Days Platform: conference, bootcamp and community in one application, each a
 * Spring Modulith application module under {@code org.defendersdays}, plus the app-owned web
 * chrome ({@code web}) and platform plumbing ({@code platform}).
 */
@SpringBootApplication
@Modulithic(systemName = "Defenders' Days Platform", sharedModules = "sharedkernel")
public class DefendersDaysApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(DefendersDaysApplication.class);
        application.addInitializers(new OperatorCommand());
        ConfigurableApplicationContext context = application.run(args);
        if (OperatorCommand.requested(context.getEnvironment())) {
            // An operator command has run (see OperatorCommand): end with its exit code instead of serving.
            System.exit(SpringApplication.exit(context));
        }
    }
}
