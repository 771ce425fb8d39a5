package org.kabinet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point inward: ui → logic → storage → model; cli → logic; model depends on nothing. */
@AnalyzeClasses(packages = "org.kabinet", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String MODEL = "org.kabinet.model..";
    private static final String STORAGE = "org.kabinet.storage..";
    private static final String LOGIC = "org.kabinet.logic..";
    private static final String UI = "org.kabinet.ui..";
    private static final String CLI = "org.kabinet.cli..";

    /** The two classes outside ui that start the JavaFX application, with their nested classes. */
    private static final String APP_ENTRY_POINTS = "org\\.kabinet\\.(KabinetApp|Main)(\\$.*)?";

    @ArchTest
    static final ArchRule model_usesNeitherJavaFxNorJdbc = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..");

    @ArchTest
    static final ArchRule jdbc_usedOnlyByStorage = noClasses()
            .that().resideOutsideOfPackage(STORAGE)
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule javafxScene_usedOnlyByUiAndTheApp = noClasses()
            .that().resideOutsideOfPackage(UI)
            .and().haveNameNotMatching(APP_ENTRY_POINTS)
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    @ArchTest
    static final ArchRule model_dependsOnNoOuterLayer = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(STORAGE, LOGIC, UI, CLI);

    @ArchTest
    static final ArchRule storage_dependsOnNeitherLogicNorUi = noClasses()
            .that().resideInAPackage(STORAGE)
            .should().dependOnClassesThat().resideInAnyPackage(LOGIC, UI, CLI);

    @ArchTest
    static final ArchRule logic_dependsNotOnUi = noClasses()
            .that().resideInAPackage(LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI);

    /** The benchmark starts windows as new processes by class name; it never reaches into ui itself. */
    @ArchTest
    static final ArchRule bench_dependsNotOnUi = noClasses()
            .that().resideInAPackage("org.kabinet.bench..")
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI);

    @ArchTest
    static final ArchRule cli_dependsNotOnUi = noClasses()
            .that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage(UI)
            .allowEmptyShould(true);
}
