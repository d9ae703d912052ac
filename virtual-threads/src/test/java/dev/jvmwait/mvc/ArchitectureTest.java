package dev.jvmwait.mvc;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of every style: no cycles, and a style sees only the domain and its framework's plumbing. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.jvmwait");

    @Test
    void noPackageCycles() {
        slices().matching("dev.jvmwait.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theStyleDependsOnTheDomainAndTheSpringPlumbingAlone() {
        classes().that().resideInAPackage("dev.jvmwait.mvc")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.jvmwait..")
                        .or(resideInAnyPackage("dev.jvmwait.domain", "dev.jvmwait.mvc", "dev.jvmwait.mvc.support")))
                .check(CLASSES);
    }

    @Test
    void theSpringPlumbingDependsOnNoStyle() {
        noClasses().that().resideInAPackage("dev.jvmwait.mvc.support..")
                .should().dependOnClassesThat().resideInAPackage("dev.jvmwait.mvc")
                .check(CLASSES);
    }
}
