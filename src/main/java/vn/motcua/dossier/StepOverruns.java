package vn.motcua.dossier;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.paper.VietnameseDates;

/**
 * Warns a unit when one of its dossier steps has run past the budget the procedure model gives it
 * ({@code step.budget}, which set the task's due date): the task moves up the unit's list, carries a
 * comment saying so, and the dossier's history records it. Each step is warned once. Run by
 * bpmn/step-overrun-watch.bpmn as {@code ${stepOverruns.warn(now())}}.
 */
@Component("stepOverruns")
public class StepOverruns {

    static final String WARNED = "overrunWarnedAt";
    /** Above Camunda's default 50, so the step sorts first in lists ordered by priority. */
    static final int OVERRUN_PRIORITY = 80;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final DossierRepository dossiers;
    private final DossierDeadlines deadlines;
    private final DossierProperties properties;

    StepOverruns(TaskService tasks, RuntimeService runtime, DossierRepository dossiers, DossierDeadlines deadlines,
                 DossierProperties properties) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.dossiers = dossiers;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    /** @return how many steps were warned now */
    @Transactional
    public int warn(Date now) {
        Instant at = now.toInstant();
        // Dossier codes start with the agency code; other processes have their own escalations.
        // A warned step is raised to OVERRUN_PRIORITY, so it drops out of the query: the backlog is not re-read.
        List<Task> overdue = tasks.createTaskQuery().dueBefore(now).taskMaxPriority(OVERRUN_PRIORITY - 1)
                .processInstanceBusinessKeyLike(properties.agencyCode() + "-%").list();
        int warned = 0;
        for (Task step : overdue) {
            if (tasks.getVariableLocal(step.getId(), WARNED) != null) {
                continue;
            }
            Optional<Dossier> dossier = dossiers.findByCode(businessKey(step));
            // While the applicant supplements, the clock stops; resuming moves the step's due date.
            if (dossier.map(d -> d.status() == DossierStatus.PAUSED).orElse(false)) {
                continue;
            }
            String due = VietnameseDates.SHORT.format(deadlines.zoned(step.getDueDate().toInstant()));
            tasks.setVariableLocal(step.getId(), WARNED, now);
            step.setPriority(Math.max(step.getPriority(), OVERRUN_PRIORITY));
            tasks.saveTask(step);
            tasks.createComment(step.getId(), step.getProcessInstanceId(), "Cảnh báo: bước \"" + step.getName()
                    + "\" đã quá thời gian định mức (hạn " + due + "). Đề nghị đơn vị ưu tiên xử lý.");
            dossier.filter(d -> !d.status().isFinal()).ifPresent(d -> {
                d.recordDelay(at, Dossier.SYSTEM_ACTOR, "STEP_OVERRUN", step.getName() + " (hạn " + due + ")");
                dossiers.save(d);
            });
            warned++;
        }
        return warned;
    }

    /** The frame and the called procedure both carry the dossier code as business key. */
    private String businessKey(Task step) {
        return runtime.createProcessInstanceQuery().processInstanceId(step.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }
}
