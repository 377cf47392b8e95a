package dev.ccwconsole;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Holds the dependency arrows of the architecture note: they point down only. */
@AnalyzeClasses(packages = "dev.ccwconsole", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("abi").definedBy("dev.ccwconsole.abi..")
            .layer("fsm").definedBy("dev.ccwconsole.fsm..")
            .layer("cp").definedBy("dev.ccwconsole.cp..")
            .layer("device").definedBy("dev.ccwconsole.device..")
            .layer("emulator").definedBy("dev.ccwconsole.emulator..")
            .layer("nativ").definedBy("dev.ccwconsole.nativ..")
            .layer("service").definedBy("dev.ccwconsole.service..")
            .layer("api").definedBy("dev.ccwconsole.api..")
            .layer("ui").definedBy("dev.ccwconsole.ui..")
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("api", "ui")
            .whereLayer("emulator").mayOnlyBeAccessedByLayers("service")
            .whereLayer("nativ").mayOnlyBeAccessedByLayers("service")
            .whereLayer("device").mayOnlyBeAccessedByLayers("emulator", "nativ", "service")
            .whereLayer("cp").mayOnlyBeAccessedByLayers("emulator", "service")
            .whereLayer("fsm").mayOnlyBeAccessedByLayers("device", "emulator", "nativ", "service", "api", "ui")
            .whereLayer("abi").mayOnlyBeAccessedByLayers("fsm", "cp", "device", "emulator", "nativ", "service", "api", "ui");

    @ArchTest
    static final ArchRule abiIsPureJava = noClasses().that().resideInAPackage("dev.ccwconsole.abi..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.quarkus..", "jakarta..", "com.sun.jna..", "io.smallrye..", "java.nio.file..", "java.io.File")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule jnaOnlyInNativ = noClasses().that().resideOutsideOfPackage("dev.ccwconsole.nativ..")
            .should().dependOnClassesThat().resideInAPackage("com.sun.jna..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule lowerLayersKnowNoQuarkus = noClasses().that().resideInAnyPackage(
                    "dev.ccwconsole.abi..", "dev.ccwconsole.fsm..", "dev.ccwconsole.cp..", "dev.ccwconsole.device..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.ws..", "jakarta.enterprise..")
            .allowEmptyShould(true);
}
