package io.camelqonto.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layers of the design: the client and its models know nothing of Camel, the component knows nothing of the
 * emulator outside its tests, and only its metrics package knows Micrometer. (The emulator module has its own rule that it knows nothing of the component.)
 */
class LayeringTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.camelqonto");

    @Test
    void theClientAndTheModelsImportNothingOfCamel() {
        noClasses().that().resideInAnyPackage("io.camelqonto.client..", "io.camelqonto.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "io.camelqonto.component..")
                .check(MAIN);
    }

    @Test
    void onlyTheMetricsPackageKnowsMicrometer() {
        // Micrometer is optional: every other class must load without it
        noClasses().that().resideOutsideOfPackage("io.camelqonto.component.metrics..")
                .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
                .check(MAIN);
    }

    @Test
    void theModelsKnowNothingOfTheClient() {
        noClasses().that().resideInAPackage("io.camelqonto.model..")
                .should().dependOnClassesThat().resideInAPackage("io.camelqonto.client..")
                .check(MAIN);
    }

    @Test
    void theComponentKnowsNothingOfTheEmulator() {
        noClasses().that().resideInAnyPackage("io.camelqonto.client..", "io.camelqonto.model..",
                        "io.camelqonto.component..")
                .should().dependOnClassesThat().resideInAPackage("io.camelqonto.emulator..")
                .check(MAIN);
    }
}
