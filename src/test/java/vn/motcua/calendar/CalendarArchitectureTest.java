package vn.motcua.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import vn.motcua.support.PackageClasses;

/** The clock core stays framework-free and never reads the JVM's default zone or the wall clock. */
class CalendarArchitectureTest {

    private static final JavaClasses CORE = PackageClasses.of(WorkingCalendar.class,
                // The Spring adapter (controller, configuration) lives in calendar.api on purpose.
                location -> !location.contains("/vn/motcua/calendar/api/"));

    @Test
    void importedTheWholeCore() {
        assertTrue(CORE.contain(WorkingCalendar.class));
        assertTrue(CORE.contain("vn.motcua.calendar.lunar.NewMoon"));
        assertTrue(CORE.contain("vn.motcua.calendar.deadline.DeadlineCalculator"));
    }

    @Test
    void noSpringOrCamunda() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..")
                .check(CORE);
    }
}
