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
import vn.motcua.dossier.DossierStatus;

/**
 * Certification (chứng thực) at the commune, Nghị định 23/2015/NĐ-CP: the same day, or the next
 * working day when received after 15:00 (Điều 7); copies of originals that cannot be certified
 * (Điều 22) and signatures that cannot be certified (Điều 25) are refused after acceptance.
 */
class CertificationProcedureTest extends ProcedureProcessTest {

    static final String CERTIFIED_COPY = "2.000815";
    static final String SIGNATURE = "2.000884";

    @Test
    void certifiedCopyReceivedInTheMorningIsReturnedTheSameDay() {
        at(2026, 3, 2, 10, 0);
        ProcessInstance frame = run.receive(CERTIFIED_COPY);
        complete(task(), withVariables("checkDecision", "accept"));
        assertThat(frame).variables().containsEntry("appointmentAt", date(2026, 3, 2, 17, 0));

        ProcessInstance processing = calledProcessInstance(frame);
        assertThat(task(processing)).hasDefinitionKey("CertifyCopy").hasCandidateGroup("justice")
                .hasDueDate(date(2026, 3, 2, 13, 30)); // 2 office hours: 10:00–11:30, 13:00–13:30
        at(2026, 3, 2, 11, 0);
        complete(task(processing), withVariables("copyCertifiable", "yes", "documentName", "Bằng tốt nghiệp THPT",
                "pageCount", 1, "copyCount", 3, "certificationNumber", "01/2026-SCT/BS, số 215"));
        assertThat(processing).hasPassed("CertifyCopyDone").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("GRANTED");

        at(2026, 3, 2, 14, 0);
        complete(task("Approve", frame), withVariables("approved", true));
        complete(task("ReturnResult", frame), withVariables("returnMethod", "Trực tiếp"));
        assertThat(run.dossier(frame).status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(run.dossier(frame).timeliness()).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void certifiedCopyReceivedAfterThreePmIsDueTheNextWorkingDay() {
        at(2026, 3, 6, 15, 30); // Friday after 15:00: due Monday
        ProcessInstance frame = run.receive(CERTIFIED_COPY);
        complete(task(), withVariables("checkDecision", "accept"));
        assertThat(frame).variables().containsEntry("appointmentAt", date(2026, 3, 9, 17, 0));
        assertThat(task(calledProcessInstance(frame))).hasDueDate(date(2026, 3, 9, 8, 0)); // 15:30–17:00 (1.5 h), then Mon 07:30–08:00

        at(2026, 3, 9, 18, 0); // after Monday's closing: late
        complete(task(calledProcessInstance(frame)), withVariables("copyCertifiable", "yes", "documentName", "Sổ hộ khẩu",
                "pageCount", 4, "copyCount", 1, "certificationNumber", "số 216"));
        complete(task("Approve", frame), withVariables("approved", true));
        assertThat(run.dossier(frame).timeliness()).isEqualTo(Timeliness.LATE);
    }

    @Test
    void anOriginalThatCannotBeCopiedIsRefusedWithTheArticle22Reason() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = run.receive(CERTIFIED_COPY);
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("copyCertifiable", "no",
                "refusalReason", "Bản chính bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ"));

        assertThat(processing).hasPassed("CertifyCopyRefused").hasNotPassed("CertifyCopyDone").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("REFUSED");
        assertThat(run.variable(processing, "refusalReason")).asString().startsWith("Bản chính bị tẩy xóa");
    }

    @Test
    void signatureWithMissingIdentityPaperIsSupplementedAndTheClockRestartsFromTheCompleteDossier() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = run.receive(SIGNATURE);
        complete(task(), withVariables("checkDecision", "supplement",
                "missingPapers", "Căn cước còn giá trị sử dụng của người ký"));
        assertThat(frame).isWaitingAt("AwaitSupplement");

        at(2026, 3, 2, 15, 10); // the applicant comes back after 15:00
        complete(task(), withVariables("supplementReceived", true));
        complete(task("CheckDossier", frame), withVariables("checkDecision", "accept"));
        assertThat(frame).variables().containsEntry("appointmentAt", date(2026, 3, 3, 17, 0));

        ProcessInstance processing = calledProcessInstance(frame);
        assertThat(task(processing)).hasDefinitionKey("CertifySignature").hasCandidateGroup("justice");
        at(2026, 3, 3, 8, 0);
        complete(task(processing), withVariables("signatureCertifiable", "yes", "documentName", "Giấy ủy quyền",
                "signatureKind", "SIGNED", "certificationNumber", "số 88"));
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("GRANTED");
        complete(task("Approve", frame), withVariables("approved", true));
        assertThat(run.dossier(frame).timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(run.events(frame)).startsWith("RECEIVED", "SUPPLEMENT_REQUESTED", "SUPPLEMENTED", "ACCEPTED");
    }

    @Test
    void aSignatureTheLawExcludesIsRefused() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = run.receive(SIGNATURE);
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("signatureCertifiable", "no",
                "refusalReason", "Giấy tờ tùy thân của người ký đã hết hạn sử dụng"));
        assertThat(processing).hasPassed("CertifySignatureRefused").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("REFUSED");
    }
}
