package vn.motcua.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * The key tasks of the reform plan's appendix run as reform-task instances from the first start, with
 * the plan's lead units and deadlines on the working calendar; a task warns, escalates and closes only
 * with evidence accepted by the leaders.
 */
@MotCuaIntegrationTest
class KeyTaskTrackerTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Open-ended deadlines ("Hàng năm", per the province's schedule) are reviewed at the end of each year. */
    private static final Date YEAR_END = null;

    @Autowired
    ProcessEngine engine;

    @Autowired
    KeyTaskSeeder seeder;

    @Autowired
    WorkingCalendar calendar;

    @LocalServerPort
    int port;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyTaskOfThePlansAppendixRunsWithItsLeadUnitsAndDeadline() {
        // The appendix, read by hand from shared/seed: code -> lead groups, deadline (null = end of year).
        Map<String, Object[]> plan = new LinkedHashMap<>();
        plan.put("I.1", row("justice", date(2024, 1, 2))); // Quý IV/2023: Sun 31/12, 1/1 holiday
        plan.put("I.2", row("justice", date(2023, 1, 3))); // Quý IV/2022: Sat 31/12, 1/1 Sunday, 2/1 compensatory
        plan.put("II.1", row("office", YEAR_END));
        plan.put("II.2", row("office", YEAR_END));
        plan.put("II.3", row("culture", YEAR_END));
        plan.put("II.4", row("office", YEAR_END));
        plan.put("III.1", row("office,front", YEAR_END));
        plan.put("IV.1", row("office", YEAR_END));
        plan.put("V.1", row("finance", date(2025, 12, 31)));
        plan.put("VI.1", row("culture", YEAR_END));
        plan.put("VI.2", row("culture", YEAR_END));
        plan.put("VI.3", row("office", date(2025, 12, 31)));
        plan.put("VI.4", row("office", date(2025, 12, 31)));
        plan.put("VI.5", row("culture", date(2025, 12, 31)));
        plan.put("VI.6", row("office", date(2025, 12, 31)));
        plan.put("VII.1", row("office", date(2030, 12, 31)));
        plan.put("VII.2", row("office", date(2030, 12, 31)));
        plan.put("VIII.1", row("office", date(2021, 12, 31)));

        List<ProcessInstance> seeded = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("reform-task").processInstanceBusinessKeyLike("KEYTASK-%").list();
        assertThat(seeded.stream().map(ProcessInstance::getBusinessKey).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(plan.keySet().stream().map(code -> "KEYTASK-" + code).toList());

        for (ProcessInstance instance : seeded) {
            String code = instance.getBusinessKey().substring("KEYTASK-".length());
            Object[] expected = plan.get(code);
            Map<String, Object> variables = engine.getRuntimeService().getVariables(instance.getId());
            Date due = expected[1] != null ? (Date) expected[1] : yearEnd(startYear(instance));
            assertThat(variables).as(code).containsEntry("leadUnits", expected[0]).containsEntry("dueAt", due)
                    .containsKey("title").containsKey("coordinating").containsKey("deadline");
            Task report = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                    .taskDefinitionKey("ReportProgress").singleResult();
            assertThat(report).as(code).isNotNull();
            assertThat(report.getTaskDefinitionKey()).isEqualTo("ReportProgress");
            assertThat(report.getDueDate()).as(code).isEqualTo(due);
            assertThat(engine.getTaskService().getIdentityLinksForTask(report.getId()).stream()
                    .map(link -> link.getGroupId()).collect(Collectors.joining(",")))
                    .as(code).isEqualTo(expected[0]);
        }
        assertThat(engine.getRuntimeService().getVariable(byCode(seeded, "III.1"), "coordinating")).isEqualTo("Các thôn");
    }

    @Test
    void aTaskSeededPastItsDeadlineIsEscalatedWithoutAReminder() {
        ProcessInstance overdue = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("KEYTASK-VIII.1").singleResult(); // Quý IV/2021
        assertThat(overdue).isWaitingAt("ReportProgress");
        execute(job("DeadlineNear"));
        execute(job("DeadlinePassed"));
        assertThat(overdue).hasPassed("WarningSkipped").hasNotPassed("RemindLeadUnit");
        assertThat(task("DirectOverdueTask")).hasCandidateGroup("leaders");
    }

    @Test
    void theOfficeAddsATaskFromTheHigherAuthorityOverTheApiAndLeadersCannot() {
        // What Tasklist calls when the office fills in the start form.
        String start = "/engine-rest/process-definition/key/reform-task/submit-form";
        String body = """
                {"businessKey": "TEST-RT-API", "variables": {
                  "keyTaskCode": {"value": "45/KH-UBND", "type": "String"},
                  "title": {"value": "Triển khai sổ hộ tịch điện tử", "type": "String"},
                  "leadUnits": {"value": "justice", "type": "String"},
                  "lead": {"value": "Tư pháp – Hộ tịch", "type": "String"},
                  "coordinating": {"value": "Văn phòng", "type": "String"},
                  "deadline": {"value": "Quý I/2027", "type": "String"},
                  "dueDate": {"value": "2027-03-31", "type": "String"},
                  "source": {"value": "Kế hoạch 45/KH-UBND của UBND tỉnh", "type": "String"}}}
                """;
        assertThat(Http.as(port, "chutich").post(start, body).status()).isEqualTo(403);
        assertThat(Http.as(port, "vanphong").post(start, body).status()).isEqualTo(200);
        ProcessInstance added = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("TEST-RT-API").singleResult();
        assertThat(added).isWaitingAt("ReportProgress").variables().containsEntry("dueAt", date(2027, 3, 31));
        assertThat(task()).hasCandidateGroup("justice");
        assertThat(Http.as(port, "vanphong").post(start, body.replace("\"justice\"", "\"nobody\"")).status())
                .as("an unknown lead unit is refused").isEqualTo(400);
    }

    @Test
    void seedingAgainStartsNothingNew() {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("reform-task").count();
        seeder.seed();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("reform-task").count()).isEqualTo(before);
    }

    @Test
    void aTaskFromTheProvinceWarnsEscalatesAndClosesOnlyWithAcceptedEvidence() {
        at(2026, 12, 1, 9, 0);
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("reform-task", "TEST-RT-1",
                withVariables("keyTaskCode", "123/UBND-NC", "title", "Rà soát thủ tục hành chính liên thông",
                        "leadUnits", "culture", "lead", "Văn hóa – Xã hội", "coordinating", "Văn phòng",
                        "deadline", "Trước 01/01/2027", "dueDate", "2027-01-01", "source", "Công văn 123/UBND-NC"));
        // 1/1/2027 is Tết Dương lịch (Friday): due on Monday 4/1 at the close of office hours.
        Date due = date(2027, 1, 4);
        assertThat(instance).isWaitingAt("ReportProgress").variables().containsEntry("dueAt", due);
        assertThat(task()).hasCandidateGroup("culture").hasDueDate(due);
        // Ten working days before 4/1 (31, 30, 29, 28, 25, 24, 23, 22, 21, 18/12): Friday 18/12 at 07:30.
        Date warn = Date.from(ZonedDateTime.of(2026, 12, 18, 7, 30, 0, 0, VIETNAM).toInstant());
        assertThat(timers(instance)).containsExactly(warn, due);

        complete(task(), withVariables("progress", "Đã rà soát 5/12 thủ tục", "taskStatus", "inProgress"));
        assertThat(instance).isWaitingAt("ReportProgress");

        at(2026, 12, 18, 7, 31);
        execute(job("DeadlineNear"));
        assertThat(task("RemindLeadUnit")).hasCandidateGroup("office");
        complete(task("RemindLeadUnit"), withVariables("reminder", "Đề nghị hoàn thành trước 04/01/2027"));

        Task report = task("ReportProgress");
        assertThatThrownBy(() -> engine.getTaskService().complete(report.getId(),
                withVariables("progress", "Xong", "taskStatus", "done", "evidence", " ")))
                .hasMessageContaining("phải kèm minh chứng");

        at(2027, 1, 4, 17, 1);
        execute(job("DeadlinePassed"));
        assertThat(task("DirectOverdueTask")).hasCandidateGroup("leaders");
        complete(task("DirectOverdueTask"), withVariables("instruction", "Hoàn thành trong tuần"));

        complete(task("ReportProgress"), withVariables("progress", "Đã rà soát 12/12 thủ tục", "taskStatus", "done",
                "evidence", "Báo cáo 01/BC-VHXH ngày 05/01/2027"));
        assertThat(task("VerifyCompletion")).hasCandidateGroup("leaders");
        complete(task("VerifyCompletion"), withVariables("verification", "rejected", "verificationNote", "Thiếu danh mục"));
        complete(task("ReportProgress"), withVariables("progress", "Bổ sung danh mục", "taskStatus", "done",
                "evidence", "Báo cáo 02/BC-VHXH ngày 06/01/2027"));
        complete(task("VerifyCompletion"), withVariables("verification", "accepted"));

        assertThat(instance).hasPassed("Reminded", "Directed", "TaskCompleted").isEnded()
                .variables().containsEntry("evidence", "Báo cáo 02/BC-VHXH ngày 06/01/2027");
    }

    @Test
    void aYearlyTaskStartsItsNextRoundUntilThePlanEnds() {
        at(2029, 12, 20, 9, 0);
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("reform-task", "TEST-RT-2",
                withVariables("keyTaskCode", "VI.x", "title", "Cập nhật cơ sở dữ liệu chuyên ngành", "leadUnits", "culture",
                        "lead", "Văn hóa – Xã hội", "coordinating", "Cán bộ, công chức", "deadline", "Hàng năm",
                        "dueKind", "YEARLY", "dueAt", date(2029, 12, 31)));
        assertThat(instance).isWaitingAt("ReportProgress");
        complete(task(), withVariables("progress", "Đã cập nhật", "taskStatus", "done", "evidence", "Biên bản 2029"));
        complete(task("VerifyCompletion"), withVariables("verification", "accepted"));

        assertThat(instance).isWaitingAt("ReportProgress").variables().containsEntry("dueAt", date(2030, 12, 31));
        assertThat(task()).hasDueDate(date(2030, 12, 31));
        complete(task(), withVariables("progress", "Đã cập nhật", "taskStatus", "done", "evidence", "Biên bản 2030"));
        complete(task("VerifyCompletion"), withVariables("verification", "accepted"));
        assertThat(instance).hasPassed("TaskCompleted").isEnded();
    }

    private List<Date> timers(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .orderByJobDuedate().asc().list().stream().map(job -> job.getDuedate()).toList();
    }

    private int startYear(ProcessInstance instance) {
        HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        return history.getStartTime().toInstant().atZone(VIETNAM).getYear();
    }

    /** The close of office hours on the last day of the year, or the first working day after it. */
    private Date yearEnd(int year) {
        LocalDate day = calendar.workingDayOnOrAfter(LocalDate.of(year, 12, 31));
        return date(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    private static String byCode(List<ProcessInstance> instances, String code) {
        return instances.stream().filter(i -> i.getBusinessKey().equals("KEYTASK-" + code)).findFirst().orElseThrow().getId();
    }

    private static Object[] row(String leadUnits, Object due) {
        return new Object[] {leadUnits, due};
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant()));
    }

    /** The close of office hours (17:00) on that day. */
    private static Date date(int year, int month, int day) {
        return Date.from(ZonedDateTime.of(year, month, day, 17, 0, 0, 0, VIETNAM).toInstant());
    }
}
