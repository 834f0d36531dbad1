package vn.motcua.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.deadline.TimeLimit;

/** The procedures the commune offers, read from the latest deployed models that declare {@code procedure.code}. */
@Component
public class ProcedureCatalog {

    static final String PREFIX = "procedure.";

    private final RepositoryService repository;
    private final Map<String, Optional<Procedure>> byDefinitionId = new ConcurrentHashMap<>();

    public ProcedureCatalog(RepositoryService repository) {
        this.repository = repository;
    }

    public List<Procedure> all() {
        return repository.createProcessDefinitionQuery().latestVersion().active().list().stream()
                .map(this::read)
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<Procedure> byCode(String code) {
        return all().stream().filter(procedure -> procedure.code().equals(code)).findFirst();
    }

    /** The exact version a dossier was received under, even after newer versions were deployed. */
    public Optional<Procedure> byDefinitionId(String processDefinitionId) {
        return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionId(processDefinitionId)
                .singleResult()).flatMap(this::read);
    }

    /** Deployed versions never change, so each is read once. */
    private Optional<Procedure> read(ProcessDefinition definition) {
        return byDefinitionId.computeIfAbsent(definition.getId(), id -> parse(definition));
    }

    private Optional<Procedure> parse(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        Process process = model.getModelElementById(definition.getKey());
        ModelProperties properties = ModelProperties.of(process.getExtensionElements());
        return properties.first("code").map(code -> new Procedure(
                code,
                properties.required("name", definition),
                properties.first("field").orElse(null),
                definition.getKey(),
                definition.getId(),
                definition.getVersion(),
                TimeLimit.parse(properties.required("timeLimit", definition)),
                properties.first("legalBasis").orElse(null),
                properties.required("unit", definition),
                properties.all("paper"),
                properties.first("result").orElse(null),
                properties.first("fee").orElse(null)));
    }

    /** The {@code procedure.*} Camunda properties of one process. */
    private record ModelProperties(List<CamundaProperty> properties) {

        static ModelProperties of(ExtensionElements extensions) {
            List<CamundaProperty> found = new ArrayList<>();
            if (extensions != null) {
                extensions.getElementsQuery().filterByType(CamundaProperties.class).list()
                        .forEach(group -> found.addAll(group.getCamundaProperties()));
            }
            return new ModelProperties(found);
        }

        Optional<String> first(String name) {
            return all(name).stream().findFirst();
        }

        List<String> all(String name) {
            return properties.stream()
                    .filter(property -> (PREFIX + name).equals(property.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue)
                    .toList();
        }

        String required(String name, ProcessDefinition definition) {
            return first(name).orElseThrow(() -> new IllegalStateException("Quy trình " + definition.getKey()
                    + " thiếu thuộc tính " + PREFIX + name));
        }
    }
}
