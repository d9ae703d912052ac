package dev.jvmwait.quarkus;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One package per style, the Quarkus plumbing apart: no cycles, and no style leans on another. */
class ArchitectureTest {

    private static final String DOMAIN = "dev.jvmwait.domain..";
    private static final String SUPPORT = "dev.jvmwait.quarkus.support..";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.jvmwait.domain", "dev.jvmwait.quarkus");

    @Test
    void noPackageCycles() {
        slices().matching("dev.jvmwait.(**)").should().beFreeOfCycles().check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mutiny", "coroutines", "virtual"})
    void aStyleUsesTheDomainAndTheSupportPackageAndNoOtherStyle(String style) {
        String own = "dev.jvmwait.quarkus." + style + "..";
        classes().that().resideInAPackage(own)
                .should().onlyDependOnClassesThat(not(resideInAPackage("dev.jvmwait..")).or(resideInAnyPackage(own, DOMAIN, SUPPORT)))
                .check(classes);
    }

    @Test
    void theSupportPackageUsesNoStyle() {
        noClasses().that().resideInAPackage(SUPPORT)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.jvmwait.quarkus.mutiny..", "dev.jvmwait.quarkus.coroutines..", "dev.jvmwait.quarkus.virtual..")
                .check(classes);
    }
}
