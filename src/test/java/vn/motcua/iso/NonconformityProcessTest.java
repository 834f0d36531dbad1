package vn.motcua.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * ISO 9001 clause 10.2 on a real late dossier: the one-stop frame finishes it late, a nonconformity
 * opens once for the procedure's unit, and runs through cause analysis, corrective action (with its
 * overdue reminder) and an effectiveness check that sends it back once before closing.
 */
@MotCuaIntegrationTest
class NonconformityProcessTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String MARITAL_STATUS = "1.004873";

    @Autowired
    ProcessEngine engine;

    @Autowired
    DossierIntake intake;

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
    void aLateDossierOpensOneNonconformityThatRunsToItsClosure() {
        at(2026, 4, 24, 9, 0); // appointment: Monday 4/5 17:00 (27/4, 30/4 and 1/5 are days off)
        ProcessInstance frame = receiveAndAccept();
        at(2026, 5, 5, 10, 0);
        finishProcessing(frame);
        complete(task("Approve", frame), withVariables("approved", true, "electronicResult", true));

        ProcessInstance nc = nonconformity(frame.getBusinessKey());
        assertThat(nc).isWaitingAt("AnalyseCause").variables().containsEntry("responsibleUnit", "justice")
                .containsEntry("source", "LATE_DOSSIER").containsEntry("dossierCode", frame.getBusinessKey());
        assertThat((String) engine.getRuntimeService().getVariable(nc.getId(), "description"))
                .contains(frame.getBusinessKey(), "hẹn trả 17:00 ngày 04/05/2026", "hoàn thành 10:00 ngày 05/05/2026");
        // Step budget 3 working days from Tuesday 5/5: Wednesday, Thursday, Friday 8/5 to the close of business.
        assertThat(task(nc)).hasCandidateGroup("justice").hasDueDate(date(2026, 5, 8, 17, 0));

        complete(task("ReturnResult", frame), withVariables("returnMethod", "Trực tiếp"));
        assertThat(frame).isEnded();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("nonconformity")
                .processInstanceBusinessKey("NC-" + frame.getBusinessKey()).count())
                .as("returning the late result opens no second nonconformity").isEqualTo(1);

        at(2026, 5, 6, 9, 0);
        complete(task(nc), withVariables("correction", "Trả kết quả, xin lỗi công dân", "rootCause",
                "Không theo dõi hạn xác minh", "correctiveAction", "Nhắc hạn hằng ngày", "actionDays", 2L));
        Date actionDue = date(2026, 5, 8, 17, 0); // Thursday 7/5, Friday 8/5
        assertThat(nc).isWaitingAt("TakeAction").variables().containsEntry("actionDueAt", actionDue);
        assertThat(task(nc)).hasCandidateGroup("justice").hasDueDate(actionDue);
        assertThat(job("ActionOverdue", nc)).hasDueDate(actionDue);

        at(2026, 5, 8, 17, 1);
        execute(job("ActionOverdue", nc));
        assertThat(task("RemindAction", nc)).hasCandidateGroup("leaders");
        complete(task("RemindAction", nc), withVariables("instruction", "Hoàn thành ngay"));
        complete(task("TakeAction", nc), withVariables("actionResult", "Đã lập sổ nhắc hạn", "actionEvidence", "Sổ nhắc hạn"));

        assertThat(task(nc)).hasDefinitionKey("VerifyEffectiveness").hasCandidateGroup("leaders");
        complete(task(nc), withVariables("effectiveness", "notEffective", "effectivenessNote", "Chưa áp dụng phần mềm"));
        assertThat(nc).isWaitingAt("AnalyseCause");

        at(2026, 5, 11, 9, 0);
        complete(task(nc), withVariables("correction", "-", "rootCause", "Chưa dùng cảnh báo của hệ thống",
                "correctiveAction", "Bật cảnh báo hạn trong Tasklist", "actionDays", 1L));
        assertThat(task(nc)).hasDueDate(date(2026, 5, 12, 17, 0));
        complete(task(nc), withVariables("actionResult", "Đã bật", "actionEvidence", "Ảnh chụp bộ lọc"));
        complete(task(nc), withVariables("effectiveness", "effective"));
        assertThat(nc).hasPassed("ActionReminded", "Closed").isEnded();
    }

    /** Over HTTP the chairman and the desk act with their own (narrow) rights; opening the nonconformity must not need them. */
    @Test
    void theChairmanApprovingALateDossierOverTheApiOpensItThoughLeadersMayNotStartProcesses() {
        at(2026, 4, 24, 9, 0);
        ProcessInstance frame = receiveAndAccept();
        at(2026, 5, 5, 10, 0);
        finishProcessing(frame);
        String approve = task("Approve", frame).getId();
        assertThat(Http.as(port, "chutich").post("/engine-rest/task/" + approve + "/complete",
                "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}").status()).isEqualTo(204);
        assertThat(nonconformity(frame.getBusinessKey())).isWaitingAt("AnalyseCause");

        String returnResult = task("ReturnResult", frame).getId();
        assertThat(Http.as(port, "tiepnhan").post("/engine-rest/task/" + returnResult + "/complete",
                "{\"variables\": {\"returnMethod\": {\"value\": \"Trực tiếp\", \"type\": \"String\"}}}").status())
                .isEqualTo(204);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("nonconformity")
                .processInstanceBusinessKey("NC-" + frame.getBusinessKey()).count()).isEqualTo(1);
    }

    @Test
    void aDossierFinishedEarlyOpensNone() {
        at(2026, 4, 24, 9, 0);
        ProcessInstance frame = receiveAndAccept();
        at(2026, 4, 28, 10, 0);
        finishProcessing(frame);
        complete(task("Approve", frame), withVariables("approved", true, "electronicResult", true));
        complete(task("ReturnResult", frame), withVariables("returnMethod", "Trực tiếp"));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("NC-" + frame.getBusinessKey()).count()).isZero();
    }

    private ProcessInstance nonconformity(String dossierCode) {
        ProcessInstance nc = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("nonconformity").processInstanceBusinessKey("NC-" + dossierCode).singleResult();
        assertThat(nc).as("nonconformity of %s", dossierCode).isNotNull();
        return nc;
    }

    private ProcessInstance receiveAndAccept() {
        IntakeRequest request = new IntakeRequest(MARITAL_STATUS, Channel.COUNTER, null,
                new IntakeRequest.ApplicantData(Applicant.Kind.CITIZEN, "Lê Thị Thu", "042190004321", null,
                        "0912345678", null, "Thôn Trung Lưu, xã Sơn Trung, tỉnh Hà Tĩnh"),
                List.of(new IntakeRequest.PaperData("Tờ khai", 1, 0)));
        String code = intake.receive(request, "tiepnhan").dossier().code();
        ProcessInstance frame = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(code).processDefinitionKey(DossierIntake.FRAME_PROCESS).singleResult();
        assertThat(frame).isWaitingAt("CheckDossier");
        complete(task(), withVariables("checkDecision", "accept"));
        return frame;
    }

    private void finishProcessing(ProcessInstance frame) {
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("verificationResult", "Chưa đăng ký kết hôn"));
        complete(task(processing), withVariables("maritalStatus", "single", "purpose", "Đăng ký kết hôn"));
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
    }

    private static Date date(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant());
    }
}
