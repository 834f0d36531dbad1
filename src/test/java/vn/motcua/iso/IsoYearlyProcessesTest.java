package vn.motcua.iso;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.internal.YearlyStarts;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * The yearly ISO and reform-index processes: they start on the date their model declares, moved off
 * days off; the internal audit (9.2) opens nonconformities (10.2) the management review (9.3) then
 * counts; the self-assessment of the reform index gathers the units' evidence before the chairman approves.
 */
@MotCuaIntegrationTest
class IsoYearlyProcessesTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    ProcessEngine engine;

    @Autowired
    YearlyStarts yearly;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theAuditDueOnASaturdayStartsOnMondayOpensNonconformitiesAndTheReviewCountsThem() {
        at(2029, 9, 14, 7, 0);
        assertThat(yearly.startDue(LocalDate.of(2029, 9, 14))).isEmpty();
        assertThat(yearly.startDue(LocalDate.of(2029, 9, 15))).as("15/9/2029 is a Saturday").isEmpty();
        at(2029, 9, 17, 7, 0);
        assertThat(yearly.startDue(LocalDate.of(2029, 9, 17))).containsExactly("internal-audit-2029");
        assertThat(yearly.startDue(LocalDate.of(2029, 9, 17))).as("once a year").isEmpty();

        ProcessInstance audit = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("internal-audit-2029").singleResult();
        Date auditDue = date(2029, 10, 15, 17, 0); // 20 working days after Monday 17/9
        assertThat(audit).isWaitingAt("PlanAudit").variables().containsEntry("auditDueAt", auditDue).containsEntry("year", 2029L);
        assertThat(task()).hasCandidateGroup("office").hasDueDate(date(2029, 9, 24, 17, 0));
        complete(task(), withVariables("auditScope", "Quy trình hộ tịch", "auditCriteria", "TCVN ISO 9001:2015",
                "auditTeam", "Trưởng đoàn: Nguyễn Văn A", "auditSchedule", "Tư pháp – Hộ tịch: 01/10"));
        assertThat(task()).hasDefinitionKey("ConductAudit").hasDueDate(auditDue);

        at(2029, 10, 15, 17, 1);
        execute(job("AuditOverdue"));
        assertThat(task("RemindAudit")).hasCandidateGroup("leaders");
        complete(task("RemindAudit"), withVariables("instruction", "Hoàn thành trong tuần"));
        complete(task("ConductAudit"), withVariables("auditFindings", "Hệ thống vận hành phù hợp",
                "nonconformities", "justice: Sổ đăng ký hộ tịch chưa khóa sổ cuối ngày\nBiểu mẫu cũ còn sử dụng"));
        assertThat(nonconformity("NC-internal-audit-2029-1")).containsEntry("responsibleUnit", "justice")
                .containsEntry("description", "Sổ đăng ký hộ tịch chưa khóa sổ cuối ngày").containsEntry("source", "AUDIT");
        assertThat(nonconformity("NC-internal-audit-2029-2")).containsEntry("responsibleUnit", "office");
        complete(task("AcceptAuditReport", audit), withVariables("acceptNote", "Đồng ý"));
        assertThat(audit).hasPassed("AuditReminded", "AuditClosed").isEnded();

        at(2029, 11, 19, 8, 0);
        ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey("management-review", "TEST-MR-2029",
                withVariables("year", 2029L, "reviewReason", "Xem xét năm 2029"));
        assertThat(review).isWaitingAt("PrepareReviewInputs");
        assertThat((String) engine.getRuntimeService().getVariable(review.getId(), "reviewInputs"))
                .contains("Năm 2029", "Sự không phù hợp đã ghi nhận: 2 (đã đóng: 0, còn mở: 2",
                        "Đợt đánh giá nội bộ đã hoàn thành: 1");
        complete(task(), withVariables("previousActions", "-", "contextChanges", "Chính quyền hai cấp",
                "citizenFeedback", "Hài lòng 97%", "resources", "Đủ", "risks", "-", "improvements", "Số hóa sổ hộ tịch"));
        Date reviewDue = date(2029, 12, 10, 17, 0); // 15 working days after Monday 19/11
        assertThat(task()).hasDefinitionKey("HoldReview").hasCandidateGroup("leaders").hasDueDate(reviewDue);
        at(2029, 12, 10, 17, 1);
        execute(job("ReviewOverdue"));
        complete(task("RemindReview"), withVariables("reminder", "Họp ngày 11/12"));
        complete(task("HoldReview"), withVariables("decisions", "Số hóa sổ hộ tịch năm 2030", "minutesReference", "BB 01 ngày 11/12/2029"));
        assertThat(review).hasPassed("ReviewReminded", "ReviewClosed").isEnded();
    }

    @Test
    void theSelfAssessmentGathersEvidenceChasesTheLateUnitAndIsApprovedBeforeSubmission() {
        at(2027, 12, 1, 8, 0); // Wednesday, the model's yearly date
        // The management review of 16/11 is still within its catch-up window and starts too.
        assertThat(yearly.startDue(LocalDate.of(2027, 12, 1))).contains("reform-self-assessment-2027");
        ProcessInstance assessment = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("reform-self-assessment-2027").singleResult();
        Date inputDue = date(2027, 12, 8, 17, 0);   // 2, 3, 6, 7, 8/12
        Date submitDue = date(2027, 12, 22, 17, 0); // 15 working days
        assertThat(assessment).isWaitingAt("ProvideEvidence").variables().containsEntry("inputDueAt", inputDue)
                .containsEntry("submitDueAt", submitDue);
        List<Task> evidence = engine.getTaskService().createTaskQuery().processInstanceId(assessment.getId()).list();
        assertThat(evidence).hasSize(5);
        for (String unit : List.of("office", "justice", "finance", "culture")) {
            complete(engine.getTaskService().createTaskQuery().processInstanceId(assessment.getId())
                    .taskCandidateGroup(unit).singleResult(), withVariables("unitInput", "Tự đánh giá của " + unit));
        }
        at(2027, 12, 8, 17, 1);
        execute(job("EvidenceOverdue"));
        complete(task("RemindEvidence"), withVariables("reminder", "Đề nghị Bộ phận Một cửa gửi ngay"));
        complete(task("ProvideEvidence"), withVariables("unitInput", "Tự đánh giá của desk"));

        assertThat(task()).hasDefinitionKey("CompileSelfScore").hasCandidateGroup("office");
        assertThat((String) engine.getRuntimeService().getVariable(assessment.getId(), "unitInputs"))
                .contains("Tài chính – Kế toán: Tự đánh giá của finance", "Tự đánh giá của desk");
        complete(task(), withVariables("selfScore", 82.5, "selfAssessment", "Đạt khá"));
        complete(task("ApproveSelfScore"), withVariables("selfScoreApproval", "revise", "approvalNote", "Rà soát tiêu chí số hóa"));
        complete(task("CompileSelfScore"), withVariables("selfScore", 81.0, "selfAssessment", "Đã rà soát"));
        complete(task("ApproveSelfScore"), withVariables("selfScoreApproval", "approve"));
        assertThat(task()).hasDefinitionKey("SubmitSelfScore").hasDueDate(submitDue);
        complete(task(), withVariables("submissionReference", "Văn bản 30/UBND ngày 15/12/2027"));
        assertThat(assessment).hasPassed("EvidenceReminded", "SelfAssessmentSubmitted").isEnded()
                .variables().containsEntry("selfScore", 81.0);
    }

    private java.util.Map<String, Object> nonconformity(String businessKey) {
        ProcessInstance nc = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("nonconformity")
                .processInstanceBusinessKey(businessKey).singleResult();
        assertThat((Object) nc).as(businessKey).isNotNull();
        return engine.getRuntimeService().getVariables(nc.getId());
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
    }

    private static Date date(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant());
    }
}
