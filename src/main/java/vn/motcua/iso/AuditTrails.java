package vn.motcua.iso;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.web.NotFoundException;

/**
 * Builds a dossier's audit trail: the engine's history of every process that carries the dossier code
 * as business key (the dossier frame and the procedure's processing it calls), measured against the
 * budgets of the exact model version that ran, plus the dossier's own events and pause ledger.
 */
@Component
public class AuditTrails {

    private static final int MAX_VALUE_LENGTH = 200;

    private final HistoryService history;
    private final ProcessModels models;
    private final DossierRepository dossiers;
    private final Clock clock;

    public AuditTrails(HistoryService history, ProcessModels models, DossierRepository dossiers, Clock clock) {
        this.history = history;
        this.models = models;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AuditTrail of(String dossierCode) {
        Dossier dossier = dossiers.findByCode(dossierCode)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + dossierCode));
        List<AuditTrail.Step> steps = steps(dossierCode);
        return new AuditTrail(
                dossier.code(),
                dossier.procedureCode(),
                dossier.procedureName(),
                dossier.status().name(),
                dossier.receivedAt(),
                steps,
                changes(dossierCode, steps),
                dossier.events().stream()
                        .map(event -> new AuditTrail.Event(event.at(), event.actor(), event.type(), event.detail()))
                        .toList(),
                dossier.pauseLedger().pauses().stream()
                        .map(pause -> new AuditTrail.PauseEntry(pause.pausedAt(), pause.resumedAt(),
                                pause.reason().label(), pause.by(), pause.note()))
                        .toList());
    }

    /** The steps of every process carrying this business key, in the order they started. */
    List<AuditTrail.Step> steps(String businessKey) {
        Map<String, ProcessDocument> documents = new HashMap<>();
        Instant now = clock.instant();
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime).thenComparing(HistoricTaskInstance::getId))
                .map(task -> step(task, documents.computeIfAbsent(task.getProcessDefinitionId(), models::document), now))
                .toList();
    }

    private AuditTrail.Step step(HistoricTaskInstance task, ProcessDocument document, Instant now) {
        Optional<ProcessStep> modelled = document.steps().stream()
                .filter(step -> step.id().equals(task.getTaskDefinitionKey())).findFirst();
        Instant started = task.getStartTime().toInstant();
        Instant ended = instant(task.getEndTime());
        Instant due = instant(task.getDueDate());
        Boolean withinBudget = due == null ? null : !(ended == null ? now : ended).isAfter(due);
        return new AuditTrail.Step(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                document.key(),
                document.version(),
                modelled.map(step -> String.join("; ", step.units())).orElse(null),
                task.getAssignee() != null ? task.getAssignee() : completedBy(task.getId()),
                started,
                ended,
                Duration.between(started, ended == null ? now : ended).toMinutes(),
                modelled.map(ProcessStep::budgetText).orElse(null),
                due,
                withinBudget,
                task.getDeleteReason());
    }

    /** Who completed a task nobody had claimed: the engine logs the authenticated user of every completion. */
    private String completedBy(String taskId) {
        return history.createUserOperationLogQuery().taskId(taskId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                .map(UserOperationLogEntry::getUserId).filter(user -> user != null).findFirst().orElse(null);
    }

    private List<AuditTrail.Change> changes(String businessKey, List<AuditTrail.Step> steps) {
        Map<String, AuditTrail.Step> byTask = new HashMap<>();
        steps.forEach(step -> byTask.put(step.taskId(), step));
        List<AuditTrail.Change> changes = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list()) {
            for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance.getId())
                    .variableUpdates().disableBinaryFetching().disableCustomObjectDeserialization().list()) {
                HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
                AuditTrail.Step step = update.getTaskId() == null ? null : byTask.get(update.getTaskId());
                changes.add(new AuditTrail.Change(
                        detail.getTime().toInstant(),
                        step == null ? actorOf(update, byTask) : step.actor(),
                        instance.getProcessDefinitionKey(),
                        update.getVariableName(),
                        shown(update),
                        step == null ? null : step.name()));
            }
        }
        changes.sort(Comparator.comparing(AuditTrail.Change::at));
        return List.copyOf(changes);
    }

    /**
     * Variables set when a task is completed are written in the process scope, without a task id: they
     * belong to the step that ended at that moment.
     */
    private static String actorOf(HistoricVariableUpdate update, Map<String, AuditTrail.Step> byTask) {
        Instant at = update.getTime().toInstant();
        return byTask.values().stream()
                .filter(step -> step.endedAt() != null && step.endedAt().equals(at))
                .map(AuditTrail.Step::actor).filter(actor -> actor != null).findFirst().orElse(null);
    }

    private static String shown(HistoricVariableUpdate update) {
        if (update.getErrorMessage() != null) {
            return "(" + update.getTypeName() + ")";
        }
        Object value = update.getValue();
        String text = value == null ? "" : value instanceof Date date ? date.toInstant().toString() : value.toString();
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
