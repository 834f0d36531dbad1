package vn.motcua.interagency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.motcua.procedure.ProcedureRun.at;
import static vn.motcua.procedure.ProcedureRun.date;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.calendar.deadline.Timeliness;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.procedure.ProcedureProcessTest;
import vn.motcua.procedure.ProcedureRun;

/**
 * The two inter-agency groups of Nghị định 63/2024/NĐ-CP through the real one-stop frame: the
 * commune's part, the electronic hand-overs to the police and social insurance, their answers by
 * callback or by task, their own time share and its timer, and the legal limit on the dates.
 */
class InterAgencyProcessTest extends ProcedureProcessTest {

    static final String BIRTH_GROUP = "2.000986";
    static final String DEATH_GROUP = "1.010824";

    @Autowired
    InterAgencyResults results;

    @Test
    void birthGroupIsDueInThreeWorkingDaysAndEachAgencyAnswersWithinItsShare() {
        at(2026, 3, 2, 9, 0); // Monday
        ProcessInstance frame = run.receive(BIRTH_GROUP);
        complete(task(), withVariables("checkDecision", "accept"));
        Date appointment = date(2026, 3, 5, 17, 0); // 3 working days: Tue 3, Wed 4, Thu 5 March
        assertThat(frame).isWaitingAt("Processing").variables().containsEntry("appointmentAt", appointment);

        ProcessInstance processing = calledProcessInstance(frame);
        assertThat(processing).isWaitingAt("RegisterBirthInterAgency");
        assertThat(task(processing)).hasCandidateGroup("justice").hasDueDate(date(2026, 3, 2, 14, 30)); // 0.5 day = 4 office hours

        at(2026, 3, 2, 10, 0);
        complete(task(processing), withVariables("birthRegistered", "yes", "childIdNumber", "042226000999",
                "registerNumber", "21"));
        assertThat(processing).isWaitingAt("RegisterChildResidence", "IssueChildHealthCard");
        assertThat(task("RegisterChildResidence", processing)).hasCandidateGroup("police")
                .hasDueDate(date(2026, 3, 3, 17, 0));
        assertThat(task("IssueChildHealthCard", processing)).hasCandidateGroup("socialinsurance")
                .hasDueDate(date(2026, 3, 3, 17, 0));
        assertThat(job("PoliceLate", processing).getDuedate()).as("the agency's timer is its step's own budget")
                .isEqualTo(date(2026, 3, 3, 17, 0));
        assertThat(run.eventDetails(frame, "TRANSFERRED")).as("who holds the dossier").hasSize(3)
                .anySatisfy(detail -> assertThat(detail).startsWith("Công an xã (liên thông điện tử"))
                .anySatisfy(detail -> assertThat(detail).startsWith("Bảo hiểm xã hội (liên thông điện tử"));

        at(2026, 3, 3, 9, 0); // the police system calls back
        assertThat(results.deliver(frame.getBusinessKey(), new AgencyResult(null, "COMPLETED", "TT-2026-0042", null),
                "congan", List.of("police"))).isEqualTo("police");
        assertThat(processing).isWaitingAt("IssueChildHealthCard").hasPassed("PoliceResultPosted", "PoliceResultRecorded")
                .variables().containsEntry("policeOutcome", "COMPLETED").containsEntry("policeReference", "TT-2026-0042");

        at(2026, 3, 3, 11, 0); // social insurance's officer works the task in Tasklist (the demo path)
        complete(task("IssueChildHealthCard", processing), withVariables("socialinsuranceOutcome", "COMPLETED",
                "socialinsuranceReference", "TE1424226000999"));
        assertThat(processing).hasPassed("SocialInsuranceResultRecorded", "AgenciesDone", "InterAgencyBirthDone")
                .hasNotPassed("RemindPolice", "RemindSocialInsurance").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("GRANTED");
        assertThat(frame).isWaitingAt("Approve");

        at(2026, 3, 4, 10, 0);
        complete(task("Approve", frame), withVariables("approved", true, "electronicResult", true));
        complete(task("ReturnResult", frame), withVariables("returnMethod", "Trực tuyến"));
        assertThat(run.dossier(frame).timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(run.dossier(frame).transferredElectronically()).isTrue();
        assertThat(run.eventDetails(frame, "TRANSFERRED")).as("out to both agencies and back from both").hasSize(5)
                .filteredOn(detail -> detail.startsWith("Ủy ban nhân dân xã nhận kết quả")).hasSize(2);
    }

    @Test
    void policeLateRaisesAReminderForTheCommuneAndItsLateAnswerStillCompletesTheDossier() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = run.receive(BIRTH_GROUP);
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("birthRegistered", "yes", "childIdNumber", "042226000998",
                "registerNumber", "22"));
        complete(task("IssueChildHealthCard", processing), withVariables("socialinsuranceOutcome", "COMPLETED",
                "socialinsuranceReference", "TE1424226000998"));
        assertThat(processing).isWaitingAt("RegisterChildResidence");

        at(2026, 3, 3, 17, 1); // police's share (1 working day) has run out
        execute(job("PoliceLate", processing));
        assertThat(processing).isWaitingAt("RegisterChildResidence", "RemindPolice");
        assertThat(task("RemindPolice", processing)).hasCandidateGroup("justice")
                .hasDueDate(date(2026, 3, 4, 9, 30)); // 0.25 day = 2 office hours from the next opening

        at(2026, 3, 4, 8, 0);
        results.deliver(frame.getBusinessKey(), new AgencyResult("police", "COMPLETED", "TT-2026-0043", null),
                "congan", List.of("police"));
        assertThat(processing).as("the answer ends the commune's part, the open reminder with it").isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(processing.getId()).count()).isZero();
        assertThat(frame).isWaitingAt("Approve");
        assertThat(run.dossier(frame).status()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
    }

    @Test
    void deathGroupWithSocialInsuranceBenefitRunsThroughPoliceThenSocialInsurance() {
        at(2026, 3, 2, 15, 30); // after 15:00: the six working days count from Tuesday
        ProcessInstance frame = run.receive(DEATH_GROUP);
        complete(task(), withVariables("checkDecision", "accept"));
        assertThat(frame).variables().containsEntry("appointmentAt", date(2026, 3, 10, 17, 0)); // Tue 3 … Tue 10

        ProcessInstance processing = calledProcessInstance(frame);
        assertThat(task(processing)).hasDefinitionKey("RegisterDeathInterAgency").hasCandidateGroup("justice");
        at(2026, 3, 3, 9, 0);
        complete(task(processing), withVariables("deathRegistered", "yes", "registerNumber", "7",
                "benefitCase", "SOCIAL_INSURANCE"));
        assertThat(processing).isWaitingAt("RemoveResidence");
        results.deliver(frame.getBusinessKey(), new AgencyResult(null, "COMPLETED", "XTT-15", null), "congan",
                List.of("police"));

        assertThat(processing).isWaitingAt("SettleSurvivorBenefit");
        assertThat(task("SettleSurvivorBenefit", processing)).hasCandidateGroup("socialinsurance")
                .hasDueDate(date(2026, 3, 5, 17, 0)); // 2 working days from Tue 09:00
        at(2026, 3, 5, 10, 0);
        results.deliver(frame.getBusinessKey(), new AgencyResult(null, "COMPLETED", "QĐ 311/BHXH", null), "bhxh",
                List.of("socialinsurance"));
        assertThat(processing).hasPassed("SocialInsuranceResultPosted", "BenefitSettled").hasNotPassed("SettleFuneralSupport")
                .isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("GRANTED");
        complete(task("Approve", frame), withVariables("approved", true));
        assertThat(run.dossier(frame).timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(run.eventDetails(frame, "TRANSFERRED")).hasSize(5);
    }

    @Test
    void deathGroupForASocialProtectionBeneficiaryIsSettledByTheCommuneCultureOfficer() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = run.receive(DEATH_GROUP);
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("deathRegistered", "yes", "registerNumber", "8",
                "benefitCase", "SOCIAL_PROTECTION"));
        complete(task("RemoveResidence", processing), withVariables("policeOutcome", "COMPLETED",
                "policeReference", "XTT-16"));
        assertThat(task("SettleFuneralSupport", processing)).hasCandidateGroup("culture");
        complete(task("SettleFuneralSupport", processing), withVariables("funeralAmount", "9000000"));
        assertThat(processing).hasNotPassed("HandOverToSocialInsurance").isEnded();
        assertThat(run.eventDetails(frame, "TRANSFERRED")).hasSize(3);
    }

    @Test
    void ineligibleDeathRegistrationEndsTheProcessingRefused() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = run.receive(DEATH_GROUP);
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("deathRegistered", "no",
                "refusalReason", "Người mất cư trú cuối cùng ở xã khác, không thuộc thẩm quyền"));

        assertThat(processing).hasPassed("DeathRefused").hasNotPassed("HandOverToPolice").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("REFUSED");
        assertThat(run.variable(processing, "refusalReason")).asString().contains("không thuộc thẩm quyền");
        assertThat(run.eventDetails(frame, "TRANSFERRED")).as("nothing was handed to another agency").hasSize(1);
    }
}
