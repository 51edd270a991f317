package org.defendersdays.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.defendersdays.DefendersDaysApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

/**
 * Spring Modulith's view of the platform: the modules found by package, verified (no cycles, no
 * access to another module's internals), and documented into {@code docs/architecture/modules}.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(DefendersDaysApplication.class);

    /** Documenter deletes its output folder first, so it gets a folder of its own. */
    private static final Path DIAGRAMS = Path.of("..", "docs", "architecture", "modules");

    @Test
    void theModulesAreTheOnesWeExpect() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder("sharedkernel", "conference", "bootcamp", "community", "web", "platform",
                        "audit", "identity", "backoffice");
    }

    @Test
    void theModuleBoundariesHold() {
        MODULES.verify();
    }

    @Test
    void theModuleDiagramsAreWritten() throws Exception {
        DiagramOptions everyModule = DiagramOptions.defaults()
                .withElementsWithoutRelationships(DiagramOptions.ElementsWithoutRelationships.VISIBLE);
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml(everyModule)
                .writeIndividualModulesAsPlantUml(everyModule)
                .writeModuleCanvases();

        assertThat(DIAGRAMS.resolve("components.puml")).exists();
        assertThat(Files.readString(DIAGRAMS.resolve("components.puml"))).contains("Conference", "Community", "Bootcamp", "Web chrome");
    }
}
