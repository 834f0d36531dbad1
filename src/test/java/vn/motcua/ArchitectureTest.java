package vn.motcua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Rules for all main code: a later move to a Camunda 7 fork stays mechanical, and no date depends on
 * the server's zone or wall clock. (Package purity rules: CalendarArchitectureTest, PaperArchitectureTest.)
 */
@AnalyzeClasses(packages = "vn.motcua", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noEngineInternalsOutsideTheEngineAdapter = noClasses()
            .that().resideOutsideOfPackage("vn.motcua.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
            .because("only vn.motcua.engine may touch engine internals");

    /**
     * Dates are always computed in the configured zone and from the engine's clock (the {@code Clock}
     * bean), so tests that move the engine's time move every date, and a server in UTC counts
     * Vietnamese office days.
     */
    @ArchTest
    static final ArchRule noDefaultZoneAndNoWallClock = noClasses()
            .should().callMethod(ZoneId.class, "systemDefault")
            .orShould().callMethod(TimeZone.class, "getDefault")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now");
}
