package vn.motcua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps a later move to a Camunda 7 fork mechanical. (The calendar core's own purity rules are in
 * {@code vn.motcua.calendar.CalendarArchitectureTest}.)
 */
@AnalyzeClasses(packages = "vn.motcua", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noEngineInternalsOutsideTheEngineAdapter = noClasses()
            .that().resideOutsideOfPackage("vn.motcua.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
            .because("only vn.motcua.engine may touch engine internals");
}
