package vn.motcua.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.register.RegisterFigure;
import vn.motcua.register.RegisterFigureRepository;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * Periodic reform reports: the daily tick starts a period's report on the first working day after the
 * period (New Year's Day 2027 is a holiday and 2–3/1 a weekend, so the 2026 report starts on Monday
 * 4/1), once; the units' input is gathered with a deadline and a reminder, and the chairman approves
 * before the office sends it.
 */
@MotCuaIntegrationTest
class ReformReportProcessTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> UNITS = List.of("office", "justice", "finance", "culture", "cadastral", "desk");

    @Autowired
    ProcessEngine engine;

    @Autowired
    RegisterFigureRepository register;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    private RegisterFigure saved;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        if (saved != null) {
            register.delete(saved);
        }
    }

    @Test
    void theYearlyReportDueOnNewYearsDayStartsOnTheNextWorkingDayOnce() {
        at(2026, 12, 31, 7, 0);
        tick();
        assertThat(reports("BC-2026-Y")).as("the year is not over on 31/12").isZero();
        at(2027, 1, 1, 7, 0); // Tết Dương lịch
        tick();
        at(2027, 1, 2, 7, 0); // Saturday
        tick();
        assertThat(reports("BC-2026-Y")).isZero();

        at(2027, 1, 4, 7, 0);
        tick();
        assertThat(reports("BC-2026-Y")).isEqualTo(1);
        ProcessInstance report = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("BC-2026-Y").processDefinitionKey("reform-report").singleResult();
        assertThat(report).isWaitingAt("ProvideUnitInput").variables().containsEntry("periodLabel", "Năm 2026")
                .containsEntry("periodStart", "2026-01-01").containsEntry("periodEnd", "2026-12-31")
                .containsEntry("higherAuthority", "Ủy ban nhân dân tỉnh Hà Tĩnh")
                .containsEntry("inputDueAt", date(2027, 1, 7, 17, 0));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("register-update")
                .processInstanceBusinessKeyLike("SL-%-2026-Y").count()).isEqualTo(10);
        assertThat(reports("BC-2026-Q4")).as("the yearly report stands for the fourth quarter's").isZero();

        at(2027, 1, 5, 7, 0);
        tick();
        assertThat(reports("BC-2026-Y")).isEqualTo(1);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("register-update")
                .processInstanceBusinessKeyLike("SL-%-2026-Y").count()).isEqualTo(10);
    }

    @Test
    void unitsGiveInputWithAReminderAndTheChairmanApprovesBeforeTheOfficeSends() {
        saved = register.save(new RegisterFigure("STAFF-DEGREE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                new BigDecimal("92.50"), "PERCENT", "Danh sách trích ngang", "office", "vanphong", Instant.parse("2026-04-02T02:00:00Z")));
        at(2026, 4, 24, 9, 0); // Friday; 27/4, 30/4, 1/5 are days off
        ProcessInstance report = engine.getRuntimeService().startProcessInstanceByKey("reform-report", "TEST-BC-Q1",
                withVariables("periodLabel", "Quý I năm 2026 (đột xuất)", "periodStart", "2026-01-01", "periodEnd", "2026-03-31"));
        Date inputDue = date(2026, 5, 4, 17, 0);   // 28, 29/4, 4/5
        Date reportDue = date(2026, 5, 8, 17, 0);  // … 5, 6, 7, 8/5
        assertThat(report).isWaitingAt("ProvideUnitInput").variables().containsEntry("inputDueAt", inputDue)
                .containsEntry("reportDueAt", reportDue);
        List<Task> inputs = engine.getTaskService().createTaskQuery().processInstanceId(report.getId()).list();
        assertThat(inputs).hasSize(UNITS.size()).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(inputDue));
        for (String unit : UNITS) {
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(report.getId())
                    .taskCandidateGroup(unit).count()).as(unit).isEqualTo(1);
        }
        for (String unit : UNITS.subList(0, 5)) {
            Task input = engine.getTaskService().createTaskQuery().processInstanceId(report.getId())
                    .taskCandidateGroup(unit).singleResult();
            complete(input, withVariables("unitInput", "Kết quả của " + unit));
        }

        at(2026, 5, 4, 17, 1);
        execute(job("InputOverdue"));
        assertThat(task("RemindUnits")).hasCandidateGroup("office");
        complete(task("RemindUnits"), withVariables("reminder", "Đề nghị Bộ phận Một cửa gửi ngay"));
        complete(task("ProvideUnitInput"), withVariables("unitInput", "Kết quả của desk"));

        assertThat(task()).hasDefinitionKey("AssembleReport").hasCandidateGroup("office");
        String kpi = (String) engine.getRuntimeService().getVariable(report.getId(), "kpiSummary");
        // The period's indicators from the KPI module, then the register figures entered for it.
        assertThat(kpi).doesNotContain("chưa được kết nối")
                .contains("(TTHC-ONTIME): ", "(STAFF-DEGREE): 92,5", "STAFF-DEGREE (2026-01-01 – 2026-03-31): 92.5 PERCENT")
                // and the totals of the official statistics table for the period
                .containsPattern("Số hồ sơ đã giải quyết \\(Biểu số II.06a/VPCP/KSTT, cột 7\\): \\d+ \\(trước hạn \\d+, "
                        + "đúng hạn \\d+, quá hạn \\d+\\)")
                .contains("tạm dừng ");
        assertThat((String) engine.getRuntimeService().getVariable(report.getId(), "unitInputs"))
                .contains("Tư pháp – Hộ tịch: Kết quả của justice", "Bộ phận Một cửa): Kết quả của desk");
        complete(task(), withVariables("reportDraft", "Dự thảo"));
        assertThat(task()).hasDefinitionKey("ApproveReport").hasCandidateGroup("leaders");
        complete(task(), withVariables("reportApproval", "revise", "approvalNote", "Bổ sung số liệu số hóa"));
        complete(task("AssembleReport"), withVariables("reportDraft", "Dự thảo đã bổ sung"));
        complete(task("ApproveReport"), withVariables("reportApproval", "approve"));
        assertThat(task()).hasDefinitionKey("SendReport").hasCandidateGroup("office").hasDueDate(reportDue);
        complete(task(), withVariables("reportNumber", "25/BC-UBND", "sentVia", "Hệ thống thông tin báo cáo"));
        assertThat(report).hasPassedInOrder("ProvideUnitInput", "AssembleReport", "ApproveReport", "SendReport")
                .hasPassed("UnitsReminded", "Sent").isEnded();
    }

    private void tick() {
        Job tick = engine.getManagementService().createJobQuery().processDefinitionKey("periodic-schedule").singleResult();
        engine.getManagementService().executeJob(tick.getId());
    }

    private long reports(String businessKey) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("reform-report")
                .processInstanceBusinessKey(businessKey).count();
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
    }

    private static Date date(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant());
    }
}
