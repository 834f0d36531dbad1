package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.motcua.procedure.ProcedureRun.at;
import static vn.motcua.procedure.ProcedureRun.date;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import vn.motcua.calendar.deadline.Timeliness;

/** Mediation of a land dispute at the commune: at most 30 days from the request (Luật Đất đai 2024, Điều 235 k.2). */
class LandMediationProcedureTest extends ProcedureProcessTest {

    static final String LAND_MEDIATION = "1.012812";

    @Test
    void mediationIsDueThirtyCalendarDaysAfterTheRequest() {
        at(2026, 3, 2, 9, 0); // Monday
        ProcessInstance frame = run.receive(LAND_MEDIATION);
        complete(task(), withVariables("checkDecision", "accept"));
        assertThat(frame).variables().containsEntry("appointmentAt", date(2026, 4, 1, 17, 0)); // 2 March + 30 days

        ProcessInstance processing = calledProcessInstance(frame);
        assertThat(task(processing)).hasDefinitionKey("ExamineLandDispute").hasCandidateGroup("cadastral")
                .hasDueDate(date(2026, 3, 16, 17, 0)); // 10 working days
        at(2026, 3, 12, 10, 0);
        complete(task(processing), withVariables("mediationAdmissible", "yes", "parcel", "Thửa 125, tờ bản đồ 7",
                "examinationNote", "Tranh chấp ranh giới giữa hai hộ liền kề"));
        assertThat(task(processing)).hasDefinitionKey("HoldMediationMeeting").hasDueDate(date(2026, 3, 19, 17, 0));
        at(2026, 3, 18, 15, 0);
        complete(task(processing), withVariables("mediationResult", "AGREED", "meetingDate", "18/03/2026",
                "mediationNote", "Hai bên thống nhất mốc ranh giới theo bản đồ địa chính"));
        assertThat(processing).hasPassed("MediationRecorded").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("GRANTED");

        at(2026, 3, 20, 9, 0);
        complete(task("Approve", frame), withVariables("approved", true));
        complete(task("ReturnResult", frame), withVariables("returnMethod", "Trực tiếp"));
        assertThat(run.dossier(frame).timeliness()).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void aPeriodEndingOnASundayEndsOnTheNextWorkingDay() {
        at(2026, 3, 6, 9, 0); // Friday: 30 days later is Sunday 5 April
        ProcessInstance frame = run.receive(LAND_MEDIATION);
        complete(task(), withVariables("checkDecision", "accept"));
        assertThat(frame).variables().containsEntry("appointmentAt", date(2026, 4, 6, 17, 0));
    }

    @Test
    void aDisputeOutsideCommuneMediationIsRefused() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = run.receive(LAND_MEDIATION);
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("mediationAdmissible", "no",
                "refusalReason", "Vụ việc đã được Tòa án nhân dân thụ lý giải quyết"));
        assertThat(processing).hasPassed("MediationRefused").hasNotPassed("HoldMediationMeeting").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("REFUSED");
        assertThat(run.variable(processing, "refusalReason")).asString().contains("Tòa án");
    }
}
