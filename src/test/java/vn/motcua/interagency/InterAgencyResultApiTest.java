package vn.motcua.interagency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.procedure.ProcedureRun;
import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/** The callback another agency's system calls: who may call it, and a Vietnamese 4xx for every bad call. */
@MotCuaIntegrationTest
class InterAgencyResultApiTest {

    private static final String COMPLETED = "{\"outcome\":\"COMPLETED\",\"reference\":\"TT-2026-0100\"}";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    DossierIntake intake;

    @Autowired
    DossierRepository dossiers;

    ProcedureRun run;

    @BeforeEach
    void setUp() {
        init(engine);
        run = new ProcedureRun(engine, intake, dossiers);
        ProcedureRun.at(2026, 3, 2, 9, 0);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void thePoliceSystemAccountDeliversItsResultOnceAndTheSecondCallIsAConflict() {
        ProcessInstance frame = atTheAgencies();
        ProcessInstance processing = calledProcessInstance(frame);

        Http.Response delivered = Http.as(port, "congan").post(path(frame), COMPLETED);
        assertThat(delivered.status()).isEqualTo(202);
        assertThat(delivered.json().path("message").asText()).contains("Công an xã", frame.getBusinessKey());
        assertThat(processing).isWaitingAt("IssueChildHealthCard").hasPassed("PoliceResultPosted")
                .variables().containsEntry("policeOutcome", "COMPLETED").containsEntry("policeReportedBy", "congan");
        assertThat(run.eventDetails(frame, "TRANSFERRED")).last().asString().contains("Công an xã", "TT-2026-0100");

        Http.Response again = Http.as(port, "congan").post(path(frame), COMPLETED);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("message").asText()).contains("không chờ kết quả từ Công an xã");
    }

    @Test
    void socialInsuranceMayRefuseWithAReason() {
        ProcessInstance frame = atTheAgencies();
        Http.Response refused = Http.as(port, "bhxh").post(path(frame),
                "{\"outcome\":\"REFUSED\",\"note\":\"Trẻ đã có thẻ bảo hiểm y tế\"}");
        assertThat(refused.status()).isEqualTo(202);
        assertThat(calledProcessInstance(frame)).variables().containsEntry("socialinsuranceOutcome", "REFUSED")
                .containsEntry("socialinsuranceNote", "Trẻ đã có thẻ bảo hiểm y tế");
    }

    @Test
    void onlyAnAgencyAccountMayCall() {
        ProcessInstance frame = atTheAgencies();
        assertThat(Http.anonymous(port).post(path(frame), COMPLETED).status()).isEqualTo(401);
        Http.Response officer = Http.as(port, "tuphap").post(path(frame), COMPLETED);
        assertThat(officer.status()).isEqualTo(403);
        assertThat(officer.json().path("message").asText()).contains("không có quyền");
        Http.Response portal = Http.as(port, "congdvc").post(path(frame), COMPLETED);
        assertThat(portal.status()).isEqualTo(403);
        assertThat(calledProcessInstance(frame)).isWaitingAt("RegisterChildResidence", "IssueChildHealthCard");
    }

    /** An outside agency works only what was handed to it: its own task, never the commune's dossiers. */
    @Test
    void anAgencyAccountSeesOnlyItsOwnTaskAndNoDossier() {
        ProcessInstance frame = atTheAgencies();
        Http.Response tasks = Http.as(port, "congan").get("/engine-rest/task?processInstanceBusinessKey="
                + frame.getBusinessKey());
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.json()).hasSize(1);
        assertThat(tasks.json().get(0).path("taskDefinitionKey").asText()).isEqualTo("RegisterChildResidence");
        assertThat(Http.as(port, "congan").get("/api/dossiers/" + frame.getBusinessKey()).status()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedInVietnamese() {
        ProcessInstance frame = atTheAgencies();
        Http.Response badOutcome = Http.as(port, "congan").post(path(frame), "{\"outcome\":\"OK\"}");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.json().path("message").asText()).contains("COMPLETED", "REFUSED");

        Http.Response noReason = Http.as(port, "congan").post(path(frame), "{\"outcome\":\"REFUSED\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("message").asText()).contains("lý do");

        Http.Response otherAgency = Http.as(port, "congan").post(path(frame),
                "{\"agency\":\"socialinsurance\",\"outcome\":\"COMPLETED\"}");
        assertThat(otherAgency.status()).isEqualTo(400);
        assertThat(otherAgency.json().path("message").asText()).contains("không thuộc cơ quan");

        Http.Response noBody = Http.as(port, "congan").post(path(frame), "");
        assertThat(noBody.status()).isEqualTo(400);

        Http.Response notJson = Http.as(port, "congan").post(path(frame), "{outcome");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(calledProcessInstance(frame)).isWaitingAt("RegisterChildResidence", "IssueChildHealthCard");
    }

    @Test
    void unknownDossierIsNotFoundAndOneNotHandedOverIsAConflict() {
        Http.Response unknown = Http.as(port, "congan").post("/api/interagency/000.00.15.H30-260302-9999/results",
                COMPLETED);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("message").asText()).contains("Không tìm thấy hồ sơ");

        ProcessInstance notYet = run.receive(InterAgencyProcessTest.BIRTH_GROUP); // still at the desk check
        Http.Response early = Http.as(port, "congan").post(path(notYet), COMPLETED);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("message").asText()).contains("chưa được chuyển liên thông");
    }

    /** A birth-group dossier registered by the commune and handed over to both agencies. */
    private ProcessInstance atTheAgencies() {
        ProcessInstance frame = run.receive(InterAgencyProcessTest.BIRTH_GROUP);
        complete(task(), withVariables("checkDecision", "accept"));
        complete(task(calledProcessInstance(frame)), withVariables("birthRegistered", "yes",
                "childIdNumber", "042226000777", "registerNumber", "30"));
        assertThat(calledProcessInstance(frame)).isWaitingAt("RegisterChildResidence", "IssueChildHealthCard");
        return frame;
    }

    private static String path(ProcessInstance frame) {
        return "/api/interagency/" + frame.getBusinessKey() + "/results";
    }
}
