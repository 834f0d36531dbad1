package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.deadline.PauseReason;
import vn.motcua.calendar.deadline.TimeLimit;
import vn.motcua.calendar.deadline.Timeliness;
import vn.motcua.deadline.DeadlineTracker;
import vn.motcua.engine.CurrentUser;
import vn.motcua.identity.OrganisationProperties;
import vn.motcua.web.InvalidRequestException;
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

    static final String APPOINTMENT_AT = "appointmentAt";
    static final String APOLOGY_AT = "apologyAt";
    /** Where a paused dossier's timers wait: far beyond any deadline, so they cannot fire. */
    static final Date PARKED = Date.from(Instant.parse("9999-01-01T00:00:00Z"));
    /** Each timer of the frame and the variable its due date is counted from. */
    private static final Map<String, String> TIMER_BASES = Map.of("ApologyDue", APOLOGY_AT, "AppointmentPassed", APPOINTMENT_AT);
    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("HH 'giờ' mm, 'ngày' dd/MM/yyyy");

    private final DossierRepository dossiers;
    private final ProcedureCatalog catalog;
    private final DossierDeadlines deadlines;
    private final CurrentUser currentUser;
    private final DeadlineTracker tracker;
    private final OrganisationProperties organisation;

    DossierSteps(DossierRepository dossiers, ProcedureCatalog catalog, DossierDeadlines deadlines,
                 CurrentUser currentUser, DeadlineTracker tracker, OrganisationProperties organisation) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.tracker = tracker;
        this.organisation = organisation;
    }

    /** The desk checked the papers: accept with an appointment, ask for supplements, or refuse. */
    public void checked(DelegateTask task, Date now) {
        Dossier dossier = dossier(task);
        Instant at = now.toInstant();
        String decision = (String) task.getVariable("checkDecision");
        switch (decision == null ? "" : decision) {
            case "accept" -> {
                Procedure procedure = catalog.byDefinitionId(dossier.processDefinitionId()).orElseThrow(() ->
                        new IllegalStateException("Thủ tục " + dossier.procedureCode() + " không còn được triển khai"));
                TimeLimit limit = chosenLimit(task, procedure);
                // The appointment is promised to the applicant: a later calendar change keeps it and reports it.
                Instant appointment = tracker.track(task, task.getProcessInstanceId(), APPOINTMENT_AT,
                        deadlines.zoned(dossier.completeSince()), limit, true).toInstant();
                dossier.accept(at, actor(task), limit.toString(), appointment,
                        Boolean.TRUE.equals(task.getVariable("componentsDigitized")),
                        "Hẹn trả kết quả " + APPOINTMENT.format(deadlines.zoned(appointment))
                                + " (thời hạn giải quyết: " + limit.toVietnamese() + ")");
                task.setVariable(APOLOGY_AT, Date.from(deadlines.apologyDue(at, appointment)));
            }
            case "supplement" -> dossier.requestSupplement(at, actor(task), required(task, "missingPapers",
                    "Cần ghi rõ giấy tờ cần bổ sung, hoàn thiện"));
            case "refuse" -> dossier.refuse(at, actor(task), required(task, "refusalReason",
                    "Cần ghi rõ lý do từ chối tiếp nhận"));
            default -> throw new IllegalArgumentException("Chưa chọn kết quả kiểm tra hồ sơ");
        }
        dossiers.save(dossier);
    }

    /**
     * The ordinary legal limit, or the longer one of a case the procedure's model names (e.g. "Cần xác
     * minh") when the desk says the dossier is that case; a procedure with several cases needs the label.
     */
    private static TimeLimit chosenLimit(DelegateTask task, Procedure procedure) {
        if (!"case".equals(text(task, "timeLimitChoice")) || procedure.caseTimeLimits().isEmpty()) {
            return procedure.timeLimit();
        }
        List<Procedure.CaseTimeLimit> cases = procedure.caseTimeLimits();
        String label = text(task, "timeLimitCase");
        if ((label == null || label.isBlank()) && cases.size() == 1) {
            return cases.get(0).timeLimit();
        }
        return cases.stream().filter(option -> option.label().equalsIgnoreCase(label == null ? "" : label.strip()))
                .map(Procedure.CaseTimeLimit::timeLimit).findFirst()
                .orElseThrow(() -> new InvalidRequestException("Chưa chọn đúng trường hợp; thủ tục này có: "
                        + String.join("; ", cases.stream().map(Procedure.CaseTimeLimit::label).toList())));
    }

    public void supplemented(DelegateTask task, Date now) {
        Dossier dossier = dossier(task);
        dossier.supplemented(now.toInstant(), actor(task));
        dossiers.save(dossier);
    }

    public void transferred(DelegateExecution execution, Date now) {
        String unit = (String) execution.getVariable("processingUnit");
        Dossier dossier = dossier(execution);
        dossier.transfer(now.toInstant(), actor(null), organisation.units().stream()
                .filter(candidate -> candidate.id().equals(unit)).map(OrganisationProperties.Unit::name)
                .findFirst().orElse(unit));
        dossiers.save(dossier);
    }

    /** Start of the pause sub-process: the unit asked the applicant for more; the clock stops. */
    public void paused(DelegateExecution execution, Date now) {
        // The clock stops: the apology and appointment timers must not fire while the applicant has the
        // dossier. They are parked at a date no one reaches and set again from the ledger on resume.
        ManagementService management = execution.getProcessEngineServices().getManagementService();
        management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).timers().list()
                .forEach(timer -> management.setJobDuedate(timer.getId(), PARKED));
        String reason = text(execution, "pauseReason");
        String requestedBy = text(execution, "pauseRequestedBy");
        Dossier dossier = dossier(execution);
        dossier.pause(now.toInstant(), requestedBy == null ? actor(null) : requestedBy,
                reason == null ? PauseReason.SUPPLEMENT : PauseReason.valueOf(reason), text(execution, "pauseNote"));
        dossiers.save(dossier);
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
        dossiers.save(dossier);
        Duration shift = deadlines.pausedWorkingTime(pausedAt, at);
        Duration allPauses = deadlines.pausedWorkingTime(dossier.pauseLedger(), at);
        ProcessEngineServices engine = task.getProcessEngineServices();
        ManagementService management = engine.getManagementService();
        for (Job timer : management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().list()) {
            String base = TIMER_BASES.get(jobActivity(management, timer));
            if (base != null) {
                Instant original = ((Date) task.getVariable(base)).toInstant();
                management.setJobDuedate(timer.getId(), Date.from(deadlines.plusWorkingTime(original, allPauses)));
            }
        }
        // The unit's own steps (in the called procedure, same business key) move by the same time.
        TaskService tasks = engine.getTaskService();
        for (Task step : tasks.createTaskQuery().processInstanceBusinessKey(dossier.code()).list()) {
            if (!step.getProcessInstanceId().equals(task.getProcessInstanceId()) && step.getDueDate() != null
                    && step.getDueDate().toInstant().isAfter(pausedAt)) {
                step.setDueDate(Date.from(deadlines.plusWorkingTime(step.getDueDate().toInstant(), shift)));
                tasks.saveTask(step);
            }
        }
    }

    public void apologyDrafted(DelegateTask task, Date now) {
        Dossier dossier = dossier(task);
        String date = required(task, "newAppointmentDate", "Cần chọn ngày hẹn trả kết quả mới");
        Instant newAppointment;
        try {
            newAppointment = deadlines.endOfWorkingDay(LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Ngày hẹn mới không hợp lệ: " + date);
        }
        dossier.draftApology(now.toInstant(), actor(task), required(task, "delayReason", "Cần ghi rõ lý do chậm"),
                newAppointment);
        dossiers.save(dossier);
    }

    public void apologySigned(DelegateTask task, Date now) {
        Dossier dossier = dossier(task);
        dossier.recordDelay(now.toInstant(), actor(task), "APOLOGY_SIGNED", "Lãnh đạo đã ký phiếu xin lỗi");
        dossiers.save(dossier);
    }

    public void escalated(DelegateTask task, Date now) {
        Dossier dossier = dossier(task);
        dossier.recordDelay(now.toInstant(), actor(task), "ESCALATED",
                required(task, "overdueInstruction", "Cần ghi ý kiến chỉ đạo"));
        dossiers.save(dossier);
    }

    public void submittedForApproval(DelegateTask task, Date now) {
        Dossier dossier = dossier(task);
        dossier.submitForApproval(now.toInstant(), actor(null));
        dossiers.save(dossier);
    }

    public void approvalDecided(DelegateTask task, Date now) {
        Dossier dossier = dossier(task);
        Instant at = now.toInstant();
        if (Boolean.TRUE.equals(task.getVariable("approved"))) {
            Timeliness timeliness = deadlines.classify(at, dossier.appointmentAt(), dossier.pauseLedger());
            // The called procedure may have found the request ineligible: the leader then signs a reasoned refusal.
            Outcome outcome = "REFUSED".equals(text(task, "processingOutcome")) ? Outcome.REFUSED : Outcome.GRANTED;
            dossier.approve(at, actor(task), Boolean.TRUE.equals(task.getVariable("electronicResult")), timeliness,
                    outcome, outcome == Outcome.REFUSED
                            ? required(task, "refusalReason", "Cần ghi rõ lý do từ chối giải quyết") : null);
        } else {
            dossier.sendBack(at, actor(task), required(task, "sendBackReason", "Cần ghi rõ lý do trả lại"));
        }
        dossiers.save(dossier);
    }

    public void returned(DelegateTask task, Date now) {
        Dossier dossier = dossier(task);
        dossier.returnResult(now.toInstant(), actor(task), text(task, "returnMethod"));
        dossiers.save(dossier);
    }

    public void withdrawn(DelegateExecution execution, Date now) {
        Dossier dossier = dossier(execution);
        dossier.withdraw(now.toInstant(), requester(execution), text(execution, "stopReason"));
        dossiers.save(dossier);
    }

    public void cancelled(DelegateExecution execution, Date now) {
        Dossier dossier = dossier(execution);
        dossier.cancel(now.toInstant(), requester(execution), text(execution, "stopReason"));
        dossiers.save(dossier);
    }

    private String requester(DelegateExecution execution) {
        String user = text(execution, "stopRequestedBy");
        return user == null ? actor(null) : user;
    }

    /** By the business key the engine set at start, not a variable a task's form could overwrite. */
    private Dossier dossier(DelegateExecution execution) {
        return dossierByCode(execution.getProcessBusinessKey());
    }

    private Dossier dossier(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null || !task.getTaskDefinitionKey().equals(execution.getCurrentActivityId())) {
            // Two completions of one task at once: this one read the task before the other committed and its
            // execution after, so the execution has moved on. Any other exception would send the engine
            // looking for an error boundary from an execution without an activity (a NullPointerException,
            // answered 500); this one it rethrows as is, and the APIs answer 409.
            throw new OptimisticLockingException("Công việc " + task.getTaskDefinitionKey()
                    + " vừa được người khác xử lý");
        }
        return dossierByCode(execution.getProcessBusinessKey());
    }

    private Dossier dossierByCode(String code) {
        return dossiers.findByCode(code).orElseThrow(() -> new IllegalStateException("Không tìm thấy hồ sơ " + code));
    }

    /** Who acted: the logged-in user of the request, else the task's assignee, else the system. */
    private String actor(DelegateTask task) {
        return currentUser.id()
                .or(() -> Optional.ofNullable(task).map(DelegateTask::getAssignee))
                .orElse(Dossier.SYSTEM_ACTOR);
    }

    private static String jobActivity(ManagementService management, Job timer) {
        return management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    private static String required(VariableScope scope, String name, String message) {
        String value = text(scope, name);
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(message);
        }
        return value;
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
