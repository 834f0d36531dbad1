package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.OfficeHours;
import vn.motcua.identity.OrganisationProperties;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * Every procedure model in bpmn/ keeps the scheme (docs/procedures.md) with the commune's real office
 * hours and organisation, and the catalogue reads the deployed version of it.
 */
@MotCuaIntegrationTest
class ProcedureModelGuardTest {

    @Autowired
    OfficeHours officeHours;

    @Autowired
    OrganisationProperties organisation;

    @Autowired
    ProcedureCatalog catalog;

    static List<Path> procedureModels() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(path -> path.toString().endsWith(".bpmn")).filter(ProcedureModelGuardTest::declaresProcedure)
                    .sorted().toList();
        }
    }

    @Test
    void theCommuneHasItsCivilStatusProcedures() throws IOException {
        assertThat(procedureModels()).hasSizeGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest
    @MethodSource("procedureModels")
    void keepsTheRules(Path file) throws IOException {
        ProcedureModelCheck check = new ProcedureModelCheck(groups(), forms(), officeHours,
                Bpmn.readModelFromFile(Path.of("bpmn", "dossier.bpmn").toFile()));
        assertThat(check.problems(Bpmn.readModelFromFile(file.toFile()))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("procedureModels")
    void theCatalogueReadsTheDeployedModel(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        assertThat(file.getFileName()).as("one procedure per file, named after its process").hasToString(process.getId() + ".bpmn");
        Procedure fromFile = ProcedureModel.read(process, "file", 1).orElseThrow();
        Procedure deployed = catalog.byCode(fromFile.code()).orElseThrow();
        assertThat(deployed.processKey()).isEqualTo(process.getId());
        assertThat(deployed).usingRecursiveComparison().ignoringFields("processDefinitionId", "version")
                .isEqualTo(fromFile);
    }

    private Set<String> groups() {
        return organisation.units().stream().map(OrganisationProperties.Unit::id).collect(Collectors.toSet());
    }

    private static Set<String> forms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            return files.filter(path -> path.toString().endsWith(".form")).map(path -> {
                try {
                    return json.readTree(path.toFile()).path("id").asText();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toSet());
        }
    }

    private static boolean declaresProcedure(Path file) {
        return Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).stream()
                .anyMatch(process -> !ProcedureModel.values(process, ProcedureModel.CODE).isEmpty());
    }
}
