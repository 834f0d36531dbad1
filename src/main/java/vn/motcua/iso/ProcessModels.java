package vn.motcua.iso;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.deadline.TimeLimit;
import vn.motcua.identity.OrganisationProperties;
import vn.motcua.web.NotFoundException;

/**
 * Reads ISO procedure documents from the models the engine has deployed (every version, through the
 * {@link RepositoryService}), never from the files in bpmn/: an auditor must see what actually ran.
 * Properties are read generically ({@code procedure.*}, {@code iso.*}), so a property added to a model
 * shows up without a code change and a missing one is simply absent.
 */
@Component
public class ProcessModels {

    static final String STEP_BUDGET = "step.budget";
    static final String STEP_RECORD = "step.record";

    private final RepositoryService repository;
    private final Map<String, String> unitNames;

    public ProcessModels(RepositoryService repository, OrganisationProperties organisation) {
        this.repository = repository;
        this.unitNames = organisation.units().stream()
                .collect(Collectors.toMap(OrganisationProperties.Unit::id, OrganisationProperties.Unit::name));
    }

    /** The latest version of every deployed process, ordered by kind and code. */
    public List<ProcessDefinition> latestVersions() {
        return repository.createProcessDefinitionQuery().latestVersion().list();
    }

    /** Every deployed version of one process, oldest first. */
    public List<ProcessDefinition> versions(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().asc().list();
    }

    public ProcessDefinition definition(String definitionId) {
        return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
                        .singleResult())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy phiên bản quy trình " + definitionId));
    }

    public ProcessDocument document(String definitionId) {
        return document(definition(definitionId));
    }

    /** The deployed BPMN XML, as bpmn-js draws it. */
    public String xml(String definitionId) {
        ProcessDefinition definition = definition(definitionId);
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BpmnModelInstance model(String definitionId) {
        return repository.getBpmnModelInstance(definitionId);
    }

    public ProcessDocument document(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        Process process = model.getModelElementById(definition.getKey());
        Map<String, List<String>> properties = isoProperties(process);
        ProcessKind kind = properties.containsKey("procedure.code") ? ProcessKind.PROCEDURE
                : properties.containsKey("iso.code") ? ProcessKind.INTERNAL : ProcessKind.FRAME;
        String code = first(properties, "procedure.code", "iso.code").orElse(definition.getKey());
        String name = first(properties, "procedure.name", "iso.name")
                .orElse(definition.getName() == null ? definition.getKey() : definition.getName());
        List<String> legalBasis = Stream.concat(properties.getOrDefault("procedure.legalBasis", List.of()).stream(),
                properties.getOrDefault("iso.legalBasis", List.of()).stream()).toList();
        Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId())
                .singleResult();
        return new ProcessDocument(
                definition.getId(),
                definition.getKey(),
                definition.getVersion(),
                kind,
                code,
                name,
                "QT-" + code,
                process.getDocumentations().stream().map(Documentation::getTextContent).map(String::trim)
                        .collect(Collectors.joining("\n")),
                properties,
                legalBasis,
                first(properties, "procedure.timeLimit", "iso.timeLimit").map(ProcessModels::vietnameseLimit)
                        .orElse(null),
                first(properties, "procedure.unit", "iso.owner").map(this::unitName).orElse(null),
                definition.getHistoryTimeToLive(),
                first(properties, "procedure.retention", "iso.retention").orElse(null),
                steps(model),
                definition.getDeploymentId(),
                deployment == null ? null : deployment.getName(),
                deployment == null ? null : deployment.getDeploymentTime().toInstant(),
                definition.isSuspended());
    }

    private List<ProcessStep> steps(BpmnModelInstance model) {
        List<ProcessStep> steps = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            Map<String, List<String>> properties = properties(task);
            List<String> groups = task.getCamundaCandidateGroups() == null ? List.of()
                    : Arrays.stream(task.getCamundaCandidateGroups().split(",")).map(String::trim)
                    .filter(group -> !group.isEmpty()).toList();
            String budget = properties.getOrDefault(STEP_BUDGET, List.of()).stream().findFirst().orElse(null);
            steps.add(new ProcessStep(
                    task.getId(),
                    task.getName(),
                    groups,
                    groups.stream().map(this::unitName).toList(),
                    budget,
                    budget == null ? null : vietnameseLimit(budget),
                    task.getCamundaFormRef(),
                    String.join("; ", properties.getOrDefault(STEP_RECORD, List.of()))));
        }
        return List.copyOf(steps);
    }

    /** A candidate group as people read it: the unit's name, or the rule when the model computes the group. */
    private String unitName(String group) {
        if (group.startsWith("${") || group.startsWith("#{")) {
            return "Đơn vị được phân công trong hồ sơ (" + group + ")";
        }
        return unitNames.getOrDefault(group, group);
    }

    private static String vietnameseLimit(String text) {
        try {
            return TimeLimit.parse(text).toVietnamese();
        } catch (IllegalArgumentException e) {
            // A model written before the TimeLimit format: show what it says rather than hide it.
            return text;
        }
    }

    private static Optional<String> first(Map<String, List<String>> properties, String... names) {
        return Arrays.stream(names).map(name -> properties.getOrDefault(name, List.of()))
                .flatMap(List::stream).findFirst();
    }

    private static Map<String, List<String>> isoProperties(Process process) {
        Map<String, List<String>> iso = new LinkedHashMap<>();
        properties(process).forEach((name, values) -> {
            if (name.startsWith("procedure.") || name.startsWith("iso.")) {
                iso.put(name, values);
            }
        });
        return iso;
    }

    /** All Camunda properties of an element, repeatable ones in model order. */
    static Map<String, List<String>> properties(BaseElement element) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return found;
        }
        for (CamundaProperties group : extensions.getElementsQuery().filterByType(CamundaProperties.class).list()) {
            for (CamundaProperty property : group.getCamundaProperties()) {
                if (property.getCamundaName() != null && property.getCamundaValue() != null) {
                    found.computeIfAbsent(property.getCamundaName(), name -> new ArrayList<>())
                            .add(property.getCamundaValue());
                }
            }
        }
        found.replaceAll((name, values) -> List.copyOf(values));
        return found;
    }
}
