package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.support.MotCuaIntegrationTest;

/**
 * Guards every file in bpmn/ and forms/: it must parse, deploy, keep its history for a set time,
 * open in Camunda Modeler (diagram interchange for every element) and reference only forms that exist.
 */
@MotCuaIntegrationTest
class ModelGuardTest {

    private static final Path BPMN = Path.of("bpmn");
    private static final Path FORMS = Path.of("forms");
    private static Map<String, JsonNode> formsById;

    @Autowired
    RepositoryService repositoryService;

    @BeforeAll
    static void readForms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        formsById = new HashMap<>();
        for (Path form : files(FORMS, ".form")) {
            JsonNode node = json.readTree(form.toFile());
            String id = node.path("id").asText();
            assertThat(id).as("id of %s", form).isNotBlank();
            assertThat(formsById.put(id, node)).as("form id %s is unique", id).isNull();
        }
    }

    static List<Path> models() throws IOException {
        return files(BPMN, ".bpmn");
    }

    @Test
    void thereAreModelsAndFileNamesAreUnique() throws IOException {
        assertThat(models()).isNotEmpty();
        Set<String> names = Stream.concat(models().stream(), files(FORMS, ".form").stream())
                .map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        assertThat(names).hasSize(models().size() + files(FORMS, ".form").size());
    }

    @ParameterizedTest
    @MethodSource("models")
    void modelParsesAndIsDeployed(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        for (Process process : executableProcesses(model)) {
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(process.getId())
                    .latestVersion().singleResult()).as("deployed %s", process.getId()).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyProcessKeepsHistoryForASetTime(Path file) {
        for (Process process : executableProcesses(Bpmn.readModelFromFile(file.toFile()))) {
            assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", process.getId())
                    .isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyElementHasDiagramInterchange(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
        assertThat(shapes).containsAll(ids(model.getModelElementsByType(FlowNode.class)));
        assertThat(edges).containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyFormRefPointsAtAFormInFormsByDeployment(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkFormRef(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(), task.getCamundaFormKey());
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            checkFormRef(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), start.getCamundaFormKey());
        }
    }

    @Test
    void formsMatchTheTasklistFormEngine() {
        formsById.forEach((id, form) -> {
            assertThat(form.path("schemaVersion").asInt()).as("schemaVersion of %s", id).isEqualTo(16);
            assertThat(form.path("components").isArray()).as("components of %s", id).isTrue();
        });
    }

    private static void checkFormRef(String element, String formRef, String binding, String formKey) {
        assertThat(formKey).as("%s uses camunda:formRef, not camunda:formKey", element).isNull();
        if (formRef != null) {
            assertThat(formsById).as("form %s of %s", formRef, element).containsKey(formRef);
            assertThat(binding).as("formRefBinding of %s", element).isEqualTo("deployment");
        }
    }

    private static List<Process> executableProcesses(BpmnModelInstance model) {
        return model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
    }

    private static Set<String> ids(java.util.Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
