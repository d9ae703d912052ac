package dev.jvmwait.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DomainHasNoFrameworkTest {

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.jvmwait.domain");

    @Test
    void domainDependsOnTheJdkAlone() {
        classes().that().resideInAPackage("dev.jvmwait.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.jvmwait.domain..", "java..")
                .because("every style shares the domain, so it must carry no framework of its own")
                .check(domain);
    }
}
