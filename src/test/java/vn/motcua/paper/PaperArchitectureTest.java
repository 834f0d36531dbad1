package vn.motcua.paper;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import vn.motcua.support.PackageClasses;

/**
 * The papers take plain records, so the dossier module maps onto them without the papers knowing its
 * persistence or the engine; and they never print a time in the server's zone.
 */
class PaperArchitectureTest {

    private static final JavaClasses PAPERS = PackageClasses.of(PaperRenderer.class);

    @Test
    void importedThePackage() {
        assertThat(PAPERS.contain(PaperRenderer.class)).isTrue();
        assertThat(PAPERS.contain(Receipt.class)).isTrue();
    }

    @Test
    void noEngineNoPersistenceAndOfSpringOnlyTheStereotype() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.camunda..", "jakarta.persistence..", "org.hibernate..", "org.springframework.data..")
                .check(PAPERS);
        noClasses().should().dependOnClassesThat(resideInAPackage("org.springframework..")
                        .and(resideOutsideOfPackage("org.springframework.stereotype..")))
                .check(PAPERS);
    }
}
