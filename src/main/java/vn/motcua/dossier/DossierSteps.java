package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.deadline.PauseReason;
import vn.motcua.calendar.deadline.TimeLimit;
import vn.motcua.calendar.deadline.Timeliness;
import vn.motcua.deadline.DeadlineTracker;
import vn.motcua.engine.CurrentUser;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * What the dossier frame (bpmn/dossier.bpmn) does to the dossier at each step, called from the
 * model's listeners as {@code ${dossierSteps.checked(task, now())}}. {@code now()} is the engine's
 * clock, so tests that move the engine clock move these dates too.
 */
@Component("dossierSteps")
@Transactional
public class DossierSteps {

    static final String DOSSIER_ID = "dossierId";
    static final String APPOINTMENT_AT = "appointmentAt";
    static final String APOLOGY_AT = "apologyAt";

    private final DossierRepository dossiers;
    private final ProcedureCatalog catalog;
    private final DossierDeadlines deadlines;
    private final CurrentUser currentUser;
    private final DeadlineTracker tracker;

    DossierSteps(DossierRepository dossiers, ProcedureCatalog catalog, DossierDeadlines deadlines,
                 CurrentUser currentUser, DeadlineTracker tracker) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.tracker = tracker;
    }

    /** The desk checked the papers: accept with an appointment, ask for supplements, or refuse. */
    public void checked(DelegateTask task, Date now) {
        Dossier dossier = dossier(task);
        Instant at = now.toInstant();
        String decision = (String) task.getVariable("checkDecision");
        switch (decision == null ? "" : decision) {
            case "accept" -> {
                Procedure procedure = catalog.byCode(dossier.procedureCode()).orElseThrow(() ->
                        new IllegalStateException("Thủ tục " + dossier.procedureCode() + " không còn được triển khai"));
                TimeLimit limit = procedure.timeLimit();
                // The appointment is promised to the applicant: a later calendar change keeps it and reports it.
                Instant appointment = tracker.track(task, task.getProcessInstanceId(), APPOINTMENT_AT,
                        deadlines.zoned(dossier.completeSince()), limit, true).toInstant();
                dossier.accept(at, actor(task), limit.toString(), appointment,
                        Boolean.TRUE.equals(task.getVariable("componentsDigitized")));
                task.setVariable(APOLOGY_AT, Date.from(deadlines.apologyDue(at, appointment)));
            }
            case "supplement" -> dossier.requestSupplement(at, actor(task), text(task, "missingPapers"));
            case "refuse" -> dossier.refuse(at, actor(task), text(task, "refusalReason"));
            default -> throw new IllegalArgumentException("Chưa chọn kết quả kiểm tra hồ sơ");
        }
    }

    public void supplemented(DelegateTask task, Date now) {
        dossier(task).supplemented(now.toInstant(), actor(task));
    }

    public void transferred(DelegateExecution execution, Date now) {
        dossier(execution).transfer(now.toInstant(), actor(null), (String) execution.getVariable("processingUnit"));
    }

    /** Start of the pause sub-process: the unit asked the applicant for more; the clock stops. */
    public void paused(DelegateExecution execution, Date now) {
        String reason = text(execution, "pauseReason");
        String requestedBy = text(execution, "pauseRequestedBy");
        dossier(execution).pause(now.toInstant(), requestedBy == null ? actor(null) : requestedBy,
                reason == null ? PauseReason.SUPPLEMENT : PauseReason.valueOf(reason), text(execution, "pauseNote"));
    }

    /**
     * The desk received what was missing: the clock runs again, and the dossier's running timers
     * (apology, appointment) move by exactly the office time the pause took. The appointment on
     * the receipt is kept for the KPI, which subtracts the pause itself.
     */
    public void resumed(DelegateTask task, Date now) {
        Dossier dossier = dossier(task);
        Instant at = now.toInstant();
        Instant pausedAt = dossier.pauseLedger().openPause().orElseThrow().pausedAt();
        dossier.resume(at, actor(task));
        Duration shift = deadlines.pausedWorkingTime(pausedAt, at);
        ManagementService management = task.getProcessEngineServices().getManagementService();
        for (Job timer : management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().list()) {
            if (timer.getDuedate() != null && timer.getDuedate().toInstant().isAfter(pausedAt)) {
                management.setJobDuedate(timer.getId(),
                        Date.from(deadlines.plusWorkingTime(timer.getDuedate().toInstant(), shift)));
            }
        }
        Duration allPauses = deadlines.pausedWorkingTime(dossier.pauseLedger(), at);
        task.setVariable("dueAt", Date.from(deadlines.plusWorkingTime(dossier.appointmentAt(), allPauses)));
    }

    public void submittedForApproval(DelegateTask task, Date now) {
        dossier(task).submitForApproval(now.toInstant(), actor(null));
    }

    public void approvalDecided(DelegateTask task, Date now) {
        Dossier dossier = dossier(task);
        Instant at = now.toInstant();
        if (Boolean.TRUE.equals(task.getVariable("approved"))) {
            Timeliness timeliness = deadlines.classify(at, dossier.appointmentAt(), dossier.pauseLedger());
            dossier.approve(at, actor(task), Boolean.TRUE.equals(task.getVariable("electronicResult")), timeliness);
        } else {
            dossier.sendBack(at, actor(task), text(task, "sendBackReason"));
        }
    }

    public void returned(DelegateTask task, Date now) {
        dossier(task).returnResult(now.toInstant(), actor(task), text(task, "returnMethod"));
    }

    public void withdrawn(DelegateExecution execution, Date now) {
        dossier(execution).withdraw(now.toInstant(), actor(null), text(execution, "stopReason"));
    }

    public void cancelled(DelegateExecution execution, Date now) {
        dossier(execution).cancel(now.toInstant(), actor(null), text(execution, "stopReason"));
    }

    private Dossier dossier(VariableScope scope) {
        Long id = ((Number) scope.getVariable(DOSSIER_ID)).longValue();
        return dossiers.findById(id).orElseThrow(() -> new IllegalStateException("Không tìm thấy hồ sơ " + id));
    }

    /** Who acted: the logged-in user of the request, else the task's assignee, else the system. */
    private String actor(DelegateTask task) {
        return currentUser.id()
                .or(() -> Optional.ofNullable(task).map(DelegateTask::getAssignee))
                .orElse("he-thong");
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
