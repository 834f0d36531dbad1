package vn.motcua.procedure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

/** The procedures the commune offers, read from the latest deployed models that declare {@code procedure.code}. */
@Component
public class ProcedureCatalog {

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

    /** The catalogue as it stood at {@code at}: per procedure, the newest version deployed by then. */
    public List<Procedure> inForceAt(java.time.Instant at) {
        java.util.Set<String> deployedBy = repository.createDeploymentQuery()
                .deploymentBefore(java.util.Date.from(at)).list().stream()
                .map(org.camunda.bpm.engine.repository.Deployment::getId).collect(java.util.stream.Collectors.toSet());
        Map<String, ProcessDefinition> newest = new java.util.HashMap<>();
        repository.createProcessDefinitionQuery().list().stream()
                .filter(definition -> deployedBy.contains(definition.getDeploymentId()))
                .forEach(definition -> newest.merge(definition.getKey(), definition,
                        (one, other) -> one.getVersion() >= other.getVersion() ? one : other));
        return newest.values().stream().map(this::read).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(Procedure::code)).toList();
    }

    public Optional<Procedure> byCode(String code) {
        return all().stream().filter(procedure -> procedure.code().equals(code)).findFirst();
    }

    /** The exact version a dossier was received under, even after newer versions were deployed. */
    public Optional<Procedure> byDefinitionId(String processDefinitionId) {
        // Read once: every step of every dossier asks, and a deployed version never changes.
        Optional<Procedure> known = byDefinitionId.get(processDefinitionId);
        if (known != null) {
            return known;
        }
        return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionId(processDefinitionId)
                .singleResult()).flatMap(this::read);
    }

    /** Deployed versions never change, so each is read once. */
    private Optional<Procedure> read(ProcessDefinition definition) {
        return byDefinitionId.computeIfAbsent(definition.getId(), id -> {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            Process process = model.getModelElementById(definition.getKey());
            return ProcedureModel.read(process, definition.getId(), definition.getVersion());
        });
    }
}
