package vn.motcua.iso;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

import vn.motcua.MotCuaProperties;
import vn.motcua.web.InvalidRequestException;
import vn.motcua.web.NotFoundException;

/**
 * Conformance at a glance: for each instance of a process started in the period, whether it ran the
 * steps its own model version defines, each within its budget. A deviation is a step worked after its
 * due date, a user task the model version does not define (a changed instance), an instance modified or
 * deleted by hand, or an instance ended abnormally. Steps of the dossier frame that carries the same
 * dossier code are measured too, since the applicant's time limit runs through both.
 */
@Component
public class ConformanceCheck {

    private static final Set<String> MANUAL_INTERVENTIONS = Set.of(
            UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE,
            UserOperationLogEntry.OPERATION_TYPE_DELETE,
            UserOperationLogEntry.OPERATION_TYPE_MIGRATE);

    private final HistoryService history;
    private final ProcessModels models;
    private final AuditTrails trails;
    private final ZoneId zone;

    public ConformanceCheck(HistoryService history, ProcessModels models, AuditTrails trails, MotCuaProperties properties) {
        this.history = history;
        this.models = models;
        this.trails = trails;
        this.zone = properties.zone();
    }

    public Conformance of(String processKey, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("Ngày kết thúc kỳ phải sau hoặc bằng ngày bắt đầu");
        }
        List<ProcessDocument> versions = models.versions(processKey).stream().map(models::document).toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("Không tìm thấy quy trình " + processKey);
        }
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .startedAfter(Date.from(from.atStartOfDay(zone).toInstant()))
                .startedBefore(Date.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .orderByProcessInstanceStartTime().asc()
                .list();
        List<Conformance.Dossier> dossiers = instances.stream().map(this::check).toList();
        int conforming = (int) dossiers.stream().filter(Conformance.Dossier::conforms).count();
        return new Conformance(processKey, versions.get(versions.size() - 1).name(), from, to, dossiers.size(),
                conforming, dossiers);
    }

    /**
     * The deviations of one dossier: of the frame and the procedure it called (both carry the dossier
     * code as business key), each listed once.
     */
    public List<String> deviations(String dossierCode) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossierCode).list().stream()
                .flatMap(instance -> check(instance).deviations().stream())
                .distinct()
                .toList();
    }

    private Conformance.Dossier check(HistoricProcessInstance instance) {
        ProcessDocument document = models.document(instance.getProcessDefinitionId());
        List<String> deviations = new ArrayList<>();
        Set<String> defined = new HashSet<>();
        document.steps().forEach(step -> defined.add(step.id()));
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityType("userTask").list()) {
            if (!defined.contains(activity.getActivityId())) {
                deviations.add("Bước không có trong quy trình phiên bản " + document.version() + ": "
                        + activity.getActivityName() + " (" + activity.getActivityId() + ")");
            }
        }
        String code = instance.getBusinessKey();
        if (code != null) {
            trails.steps(code).stream()
                    .filter(step -> Boolean.FALSE.equals(step.withinBudget()))
                    .forEach(step -> deviations.add("Vượt thời gian bước “" + step.name() + "” (định mức "
                            + (step.budget() == null ? "theo hạn" : step.budget()) + ")"));
        }
        if (HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState())
                || HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(instance.getState())) {
            deviations.add("Quy trình kết thúc bất thường (" + instance.getState() + ")");
        }
        history.createUserOperationLogQuery().processInstanceId(instance.getId()).list().stream()
                .filter(entry -> MANUAL_INTERVENTIONS.contains(entry.getOperationType()))
                .map(entry -> "Can thiệp thủ công: " + entry.getOperationType() + " bởi " + entry.getUserId())
                .distinct()
                .forEach(deviations::add);
        return new Conformance.Dossier(code, instance.getId(), document.version(), instance.getState(),
                List.copyOf(deviations));
    }
}
