package org.defendersdays.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth.STRICT;

import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every architecture rule, run against a deliberately broken fixture in {@code archfixtures},
 * must fail. If one of these passes, the matching rule in {@link ArchitectureTest} checks nothing.
 */
class ArchitectureRulesCatchViolationsTest {

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages("archfixtures." + name);
    }

    private static void assertViolated(ArchRule rule, String fixture, String expectedInMessage) {
        assertThatThrownBy(() -> rule.check(fixture(fixture)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(expectedInMessage);
    }

    @Test
    void frameworkCodeInTheDomainIsCaught() {
        assertViolated(ArchitectureRules.domainIsFrameworkFree("archfixtures.frameworkindomain"),
                "frameworkindomain", "org.springframework.stereotype.Component");
    }

    @Test
    void oneModuleImportingAnotherIsCaught() {
        assertViolated(ArchitectureRules.modulesDoNotImportEachOther("archfixtures.crossmodule"),
                "crossmodule", "Invoice");
    }

    @Test
    void aPublicAdapterIsCaught() {
        assertViolated(ArchitectureRules.adaptersAreNotPublic("archfixtures.publicadapter"),
                "publicadapter", "ShopController");
    }

    @Test
    void aPublicPersistenceRowIsCaught() {
        assertViolated(ArchitectureRules.persistenceRowsAreNotPublic("archfixtures.publicrow"),
                "publicrow", "OrderRow");
    }

    @Test
    void anAggregateHoldingAnotherAggregateIsCaught() {
        assertViolated(JMoleculesDddRules.all(), "ddd", "Customer");
    }

    @Test
    void aPortReachingIntoAnAdapterIsCaught() {
        assertViolated(JMoleculesArchitectureRules.ensureHexagonal(STRICT), "hexagonal", "JdbcOrders");
    }

    /** The fixture is test code, which Spring Modulith skips by default; the import option takes it in. */
    @Test
    void aModuleUsingAnotherModulesInternalsIsCaught() {
        assertThatThrownBy(() -> ApplicationModules.of("archfixtures.modulith", location -> true).verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("Ledger");
    }
}
