package vn.motcua.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The clock core stays framework-free and never reads the JVM's default zone or the wall clock. */
class CalendarArchitectureTest {

    private static final JavaClasses CORE = importCore();

    /**
     * The rules only look at the names of referenced classes and methods, so resolving every
     * dependency from the class path (ArchUnit's default) is switched off for this import and
     * restored afterwards, and only the package's own directory is read instead of every jar on the
     * class path: together that takes the test from seconds to milliseconds.
     */
    private static JavaClasses importCore() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    // The Spring adapter (controller, configuration) lives in calendar.api on purpose.
                    .withImportOption(location -> !location.contains("/vn/motcua/calendar/api/"))
                    .importPath(compiledPackage());
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    private static Path compiledPackage() {
        try {
            Path root = Path.of(WorkingCalendar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return root.resolve("vn/motcua/calendar");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

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

    @Test
    void noDefaultZoneAndNoWallClock() {
        noClasses().should().callMethod(ZoneId.class, "systemDefault")
                .orShould().callMethod(TimeZone.class, "getDefault")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .check(CORE);
    }
}
