package vn.motcua.procedure;

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

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import vn.motcua.calendar.deadline.Timeliness;

/**
 * Social protection at the commune (Nghị định 20/2021/NĐ-CP; since 1 July 2025 the commune chairman
 * decides): the monthly allowance with council review and two working days of public posting, and
 * the funeral allowance.
 */
class SocialProtectionProcedureTest extends ProcedureProcessTest {

    static final String MONTHLY_ALLOWANCE = "1.001776";
    static final String FUNERAL_SUPPORT = "1.001731";

    @Test
    void monthlyAllowanceGoesThroughTheCouncilAndTwoWorkingDaysOfPostingWithinTenWorkingDays() {
        at(2026, 3, 2, 9, 0); // Monday
        ProcessInstance frame = run.receive(MONTHLY_ALLOWANCE);
        complete(task(), withVariables("checkDecision", "accept"));
        assertThat(frame).variables().containsEntry("appointmentAt", date(2026, 3, 16, 17, 0)); // 10th working day

        ProcessInstance processing = calledProcessInstance(frame);
        // 1.5 days = 12 office hours: Mon 09:00–17:00 (6.5), Tue 07:30–11:30 (4), 13:00–14:30 (1.5)
        assertThat(task(processing)).hasDefinitionKey("ExamineAllowanceApplication").hasCandidateGroup("culture")
                .hasDueDate(date(2026, 3, 3, 14, 30));
        at(2026, 3, 3, 10, 0);
        complete(task(processing), withVariables("beneficiaryGroup", "ELDERLY", "examinationNote", "Đủ 80 tuổi, không có lương hưu"));
        // 2.5 days = 20 office hours: Tue 10:00–17:00 (5.5), Wed (8), Thu 07:30–11:30 (4), 13:00–15:30 (2.5)
        assertThat(task(processing)).hasDefinitionKey("CouncilReview").hasDueDate(date(2026, 3, 5, 15, 30));

        at(2026, 3, 4, 9, 0);
        complete(task(processing), withVariables("councilEligible", "yes", "allowanceCoefficient", "1.5"));
        assertThat(processing).isWaitingAt("PublicPosting");
        assertThat(job("PublicPosting", processing).getDuedate()).as("posted for Thu 5 and Fri 6 March")
                .isEqualTo(date(2026, 3, 6, 17, 0));

        at(2026, 3, 6, 17, 1);
        execute(job("PublicPosting", processing));
        assertThat(task(processing)).hasDefinitionKey("ReviewObjections").hasDueDate(date(2026, 3, 9, 11, 30));
        at(2026, 3, 9, 9, 0);
        complete(task(processing), withVariables("objectionUpheld", "no"));
        complete(task(processing), withVariables("monthlyAmount", "750000", "allowanceFrom", "03/2026"));
        assertThat(processing).hasPassedInOrder("CouncilReview", "PublicPosting", "ReviewObjections",
                "DraftAllowanceDecision", "AllowanceDrafted").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("GRANTED");

        at(2026, 3, 10, 10, 0);
        assertThat(task("Approve", frame)).hasCandidateGroup("leaders");
        complete(task("Approve", frame), withVariables("approved", true));
        assertThat(run.dossier(frame).timeliness()).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void anObjectionUpheldDuringPostingRefusesTheAllowance() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = run.receive(MONTHLY_ALLOWANCE);
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("beneficiaryGroup", "DISABLED", "examinationNote", "Khuyết tật nặng"));
        complete(task(processing), withVariables("councilEligible", "yes", "allowanceCoefficient", "2.0"));
        at(2026, 3, 4, 17, 1);
        execute(job("PublicPosting", processing));
        complete(task(processing), withVariables("objectionUpheld", "yes",
                "refusalReason", "Người dân phản ánh đối tượng đang hưởng lương hưu; đã xác minh đúng"));

        assertThat(processing).hasPassed("AllowanceRefused").hasNotPassed("DraftAllowanceDecision").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("REFUSED");
        assertThat(run.variable(processing, "refusalReason")).asString().contains("lương hưu");
    }

    @Test
    void councilFindingTheApplicantIneligibleEndsWithoutPosting() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = run.receive(MONTHLY_ALLOWANCE);
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("beneficiaryGroup", "OTHER", "examinationNote", "Hộ không thuộc diện nghèo"));
        complete(task(processing), withVariables("councilEligible", "no", "refusalReason", "Không thuộc đối tượng Điều 5"));
        assertThat(processing).hasPassed("AllowanceRefused").hasNotPassed("PublicPosting").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("REFUSED");
    }

    @Test
    void funeralSupportIsDecidedWithinThreeWorkingDays() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = run.receive(FUNERAL_SUPPORT);
        complete(task(), withVariables("checkDecision", "accept"));
        assertThat(frame).variables().containsEntry("appointmentAt", date(2026, 3, 5, 17, 0));

        ProcessInstance processing = calledProcessInstance(frame);
        assertThat(task(processing)).hasDefinitionKey("VerifyFuneralSupport").hasCandidateGroup("culture")
                .hasDueDate(date(2026, 3, 3, 14, 30));
        at(2026, 3, 3, 9, 0);
        complete(task(processing), withVariables("funeralEligible", "yes", "funeralAmount", "10000000"));
        // 0.5 day = 4 office hours from Tue 09:00: 09:00–11:30, 13:00–14:30
        assertThat(task(processing)).hasDefinitionKey("DraftFuneralDecision").hasDueDate(date(2026, 3, 3, 14, 30));
        complete(task(processing), withVariables("recipientName", "Nguyễn Văn Hải"));
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("GRANTED");

        at(2026, 3, 5, 16, 0);
        complete(task("Approve", frame), withVariables("approved", true));
        assertThat(run.dossier(frame).timeliness()).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void funeralSupportForSomeoneNotABeneficiaryIsRefused() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = run.receive(FUNERAL_SUPPORT);
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("funeralEligible", "no",
                "refusalReason", "Người mất không thuộc diện hưởng trợ cấp xã hội hằng tháng"));
        assertThat(processing).hasPassed("FuneralRefused").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("REFUSED");
    }
}
