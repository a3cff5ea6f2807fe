package io.camelqonto.emulator.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The emulator stands for Qonto: it knows nothing of the client or the component that talk to it. */
class EmulatorLayeringTest {

    @Test
    void theEmulatorImportsNothingOfTheComponentOrCamel() {
        JavaClasses emulator = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.camelqonto.emulator");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.camelqonto.client..",
                        "io.camelqonto.model..", "io.camelqonto.component..", "org.apache.camel..")
                .check(emulator);
    }
}
