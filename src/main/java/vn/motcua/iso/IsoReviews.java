package vn.motcua.iso;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.motcua.MotCuaProperties;

/**
 * The figures the system itself holds for the management review (ISO 9001 9.3.2 c): nonconformities
 * and corrective actions, internal audits and key reform tasks of the year. Registered as {@code isoReviews}.
 */
@Component("isoReviews")
public class IsoReviews {

    private final ProcessEngine engine;
    private final MotCuaProperties motcua;
    private final Clock clock;

    public IsoReviews(ProcessEngine engine, MotCuaProperties motcua, Clock clock) {
        this.engine = engine;
        this.motcua = motcua;
        this.clock = clock;
    }

    /** Start listener: sets {@code year} (when started by hand) and {@code reviewInputs}. */
    public void prepare(DelegateExecution execution) {
        Object given = execution.getVariable("year");
        int year = given != null ? Integer.parseInt(given.toString())
                : ZonedDateTime.now(clock.withZone(motcua.zone())).getYear();
        execution.setVariable("year", (long) year);
        execution.setVariable("reviewInputs", inputs(year));
    }

    String inputs(int year) {
        Date from = Date.from(LocalDate.of(year, 1, 1).atStartOfDay(motcua.zone()).toInstant());
        Date to = Date.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(motcua.zone()).toInstant());
        HistoryService history = engine.getHistoryService();
        long opened = history.createHistoricProcessInstanceQuery().processDefinitionKey("nonconformity")
                .startedAfter(from).startedBefore(to).count();
        long closed = history.createHistoricProcessInstanceQuery().processDefinitionKey("nonconformity")
                .startedAfter(from).startedBefore(to).finished().count();
        long late = history.createHistoricProcessInstanceQuery().processDefinitionKey("nonconformity")
                .startedAfter(from).startedBefore(to).variableValueEquals("source", "LATE_DOSSIER").count();
        long audits = history.createHistoricProcessInstanceQuery().processDefinitionKey("internal-audit")
                .startedAfter(from).startedBefore(to).finished().count();
        long tasksOpen = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("reform-task").count();
        long tasksDone = history.createHistoricProcessInstanceQuery().processDefinitionKey("reform-task")
                .finishedAfter(from).finishedBefore(to).count();
        return "Năm " + year + ":\n"
                + "- Sự không phù hợp đã ghi nhận: " + opened + " (đã đóng: " + closed + ", còn mở: " + (opened - closed)
                + "; trong đó do hồ sơ quá hạn: " + late + ")\n"
                + "- Đợt đánh giá nội bộ đã hoàn thành: " + audits + "\n"
                + "- Nhiệm vụ CCHC trọng tâm: hoàn thành trong năm " + tasksDone + ", đang thực hiện " + tasksOpen;
    }
}
