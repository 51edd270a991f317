package org.defendersdays.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The plain ArchUnit rules for what jMolecules and Spring Modulith do not say. Built for a base
 * package, so the same rule checks the platform and, in {@code ArchitectureRulesCatchViolationsTest},
 * deliberately broken fixtures: a rule never seen failing proves nothing.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /**
     * Domain code is plain Java: no Spring, JDBC, Jackson, jakarta, Flyway or MapStruct. The JDK's
     * text normalisation, charsets, message digests and SecureRandom are plain Java too: the audit
     * log's chain hash and identity's credentials are domain logic.
     */
    public static ArchRule domainIsFrameworkFree(String basePackage) {
        return classes().that().resideInAPackage(basePackage + ".(*).domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java.lang..", "java.util..", "java.time..", "java.math..", "java.io..",
                        "java.text..", "java.nio.charset..", "java.security..",
                        "org.jmolecules..", basePackage + ".sharedkernel..", basePackage + ".(*).domain..")
                .because("the domain model must stay free of frameworks, storage and serialization");
    }

    /** Modules talk through the shared kernel only (its events and value types), never to each other. */
    public static ArchRule modulesDoNotImportEachOther(String basePackage) {
        return slices().matching(basePackage + ".(*)..").namingSlices("module $1")
                .should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage(basePackage + ".sharedkernel.."))
                .because("modules only talk through integration events in the shared kernel");
    }

    /** Adapters are details of their module: nothing outside may reach them. */
    public static ArchRule adaptersAreNotPublic(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".(*).adapter..")
                .and(areNotPackageInfo())
                .should().haveModifier(JavaModifier.PUBLIC)
                .because("adapters are reached through ports, never directly");
    }

    /** Persistence rows never leave their adapter; the domain model is what others see. */
    public static ArchRule persistenceRowsAreNotPublic(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .and().areAnnotatedWith("org.springframework.data.relational.core.mapping.Table")
                .should().haveModifier(JavaModifier.PUBLIC)
                .because("rows are a storage detail, mapped to the domain inside the adapter");
    }

    private static DescribedPredicate<JavaClass> areNotPackageInfo() {
        return DescribedPredicate.describe("are not package-info",
                javaClass -> !javaClass.getSimpleName().equals("package-info"));
    }
}
