package vn.motcua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps a later move to a Camunda 7 fork mechanical and the domain free of framework detail. */
@AnalyzeClasses(packages = "vn.motcua", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noEngineInternalsOutsideTheEngineAdapter = noClasses()
            .that().resideOutsideOfPackage("vn.motcua.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
            .because("only vn.motcua.engine may touch engine internals");

    @ArchTest
    static final ArchRule calendarIsPlainJava = noClasses()
            .that().resideInAPackage("vn.motcua.calendar..")
            .and().resideOutsideOfPackage("vn.motcua.calendar.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "org.springframework..", "jakarta.persistence..")
            .because("the working-day clock is plain java.time code")
            .allowEmptyShould(true);
}
