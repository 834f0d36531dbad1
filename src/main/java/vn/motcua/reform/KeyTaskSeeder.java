package vn.motcua.reform;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.internal.WorkingDates;
import vn.motcua.reform.ReformPlanProperties.KeyTask;

/**
 * Starts one reform-task instance per key task of the plan's appendix, in every profile: they are the
 * commune's real duties, not demo data. Idempotent: a task whose business key ever had an instance
 * (running or finished) is left alone, so a restart or a finished task never brings it back.
 */
@Component
class KeyTaskSeeder {

    static final String PROCESS = "reform-task";
    private static final Logger log = LoggerFactory.getLogger(KeyTaskSeeder.class);

    private final ProcessEngine engine;
    private final ReformPlanProperties plan;
    private final ReformTasks tasks;
    private final WorkingDates dates;

    KeyTaskSeeder(ProcessEngine engine, ReformPlanProperties plan, ReformTasks tasks, WorkingDates dates) {
        this.engine = engine;
        this.plan = plan;
        this.tasks = tasks;
        this.dates = dates;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        int started = 0;
        for (KeyTask task : plan.keyTasks()) {
            long known = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(PROCESS).processInstanceBusinessKey(task.businessKey()).count();
            if (known == 0) {
                engine.getRuntimeService().startProcessInstanceByKey(PROCESS, task.businessKey(), variables(task));
                started++;
            }
        }
        log.info("Key reform tasks of the plan: {} in the appendix, {} started now", plan.keyTasks().size(), started);
    }

    private Map<String, Object> variables(KeyTask task) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("keyTaskCode", task.code());
        variables.put("area", task.area());
        variables.put("title", task.title());
        variables.put("lead", task.lead());
        variables.put("leadUnits", String.join(",", task.leadUnits()));
        variables.put("coordinating", task.coordinating());
        variables.put("coordinatingUnits", String.join(",", task.coordinatingUnits()));
        variables.put("deadline", task.deadline());
        variables.put(ReformTasks.DUE_KIND, task.due().kind().name());
        variables.put(ReformTasks.DUE_AT, tasks.dueAt(task.due(), dates.today()));
        variables.put("source", "Phụ lục Kế hoạch tổng thể CCHC nhà nước xã giai đoạn 2021-2030");
        return variables;
    }
}
