package com.auditworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md: each imports only the layers below it. Each rule's {@code check} asserts it: a violation
 * fails the test with an AssertionError naming every offending dependency and the rule's reason.
 */
class LayerRulesTest {

    private static final String ROOT = "com.auditworkbench.";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // By location, not by the default "target/test-classes" pattern: a build may use another output folder.
        ImportOption mainOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(mainOnly).importPackages("com.auditworkbench");
    }

    private static String layer(String name) {
        return ROOT + name + "..";
    }

    @Test
    void domainImportsNothingAboveIt() {
        noClasses().that().resideInAPackage(layer("domain"))
                .should().dependOnClassesThat().resideInAnyPackage(layer("store"), layer("service"),
                        layer("template"), layer("workbook"), layer("ui"), layer("app"))
                .because("the domain is plain records of the audit world, usable by every layer")
                .check(classes);
    }

    @Test
    void storeSeesOnlyTheDomain() {
        noClasses().that().resideInAPackage(layer("store"))
                .should().dependOnClassesThat().resideInAnyPackage(layer("service"), layer("template"),
                        layer("workbook"), layer("ui"), layer("app"))
                .because("storage must not depend on the use cases or the screens it serves")
                .check(classes);
    }

    @Test
    void servicesDoNotReachUpToTemplatesWorkbooksOrScreens() {
        noClasses().that().resideInAPackage(layer("service"))
                .should().dependOnClassesThat().resideInAnyPackage(layer("template"), layer("workbook"),
                        layer("ui"), layer("app"))
                .because("use cases take domain records; file formats and screens sit above them")
                .check(classes);
    }

    @Test
    void templatesAndWorkbooksDoNotKnowTheScreens() {
        noClasses().that().resideInAnyPackage(layer("template"), layer("workbook"))
                .should().dependOnClassesThat().resideInAnyPackage(layer("ui"), layer("app"))
                .because("file formats are used by the command line as well as the window")
                .check(classes);
    }

    @Test
    void uiDoesNotKnowTheCommandLine() {
        noClasses().that().resideInAPackage(layer("ui"))
                .should().dependOnClassesThat().resideInAPackage(layer("app"))
                .because("the app layer wires the window; the window does not reach back")
                .check(classes);
    }

    @Test
    void noJooqTypeAboveTheStore() {
        noClasses().that().resideOutsideOfPackage(layer("store"))
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..")
                .because("only the store talks SQL; everything above it sees domain records")
                .check(classes);
    }

    @Test
    void noJavaFxBelowTheUi() {
        noClasses().that().resideOutsideOfPackages(layer("ui"), layer("app"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the screens are the only place that knows JavaFX; the rest runs headless")
                .check(classes);
    }

    @Test
    void noPoiOutsideTheWorkbookLayer() {
        noClasses().that().resideOutsideOfPackage(layer("workbook"))
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .because("Excel in and out lives in one layer, with one styles object per workbook")
                .check(classes);
    }

    @Test
    void noSqlOrFilesFormatsInTheScreens() {
        noClasses().that().resideInAPackage(layer("ui"))
                .should().dependOnClassesThat().resideInAnyPackage(layer("store"), "java.sql..")
                .because("screens call services; they never touch storage directly")
                .check(classes);
    }
}
