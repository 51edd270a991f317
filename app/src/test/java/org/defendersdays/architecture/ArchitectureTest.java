package org.defendersdays.architecture;

import static org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth.STRICT;

import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The platform's boundaries, checked on the production classes of every module. */
class ArchitectureTest {

    static final String BASE = "org.defendersdays";

    static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void jMoleculesDddRulesHold() {
        JMoleculesDddRules.all().check(PLATFORM);
    }

    @Test
    void theHexagonalArchitectureHoldsStrictly() {
        JMoleculesArchitectureRules.ensureHexagonal(STRICT).check(PLATFORM);
    }

    @Test
    void theDomainIsFrameworkFree() {
        ArchitectureRules.domainIsFrameworkFree(BASE).check(PLATFORM);
    }

    @Test
    void modulesDoNotImportEachOther() {
        ArchitectureRules.modulesDoNotImportEachOther(BASE).check(PLATFORM);
    }

    @Test
    void adaptersAreNotPublic() {
        ArchitectureRules.adaptersAreNotPublic(BASE).check(PLATFORM);
    }

    @Test
    void persistenceRowsAreNotPublic() {
        ArchitectureRules.persistenceRowsAreNotPublic(BASE).check(PLATFORM);
    }
}
