package vn.motcua.kpi;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import vn.motcua.calendar.deadline.PauseReason;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierPauses;
import vn.motcua.dossier.IntakeRequest;

/** Drives real dossiers through the one-stop frame at chosen moments, for the KPI tests. */
public final class KpiHistories {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String BIRTH = "1.001193";
    public static final String MARITAL_STATUS = "1.004873";

    private final ProcessEngine engine;
    private final DossierIntake intake;
    private final DossierPauses pauses;
    private int references;

    public KpiHistories(ProcessEngine engine, DossierIntake intake, DossierPauses pauses) {
        this.engine = engine;
        this.intake = intake;
        this.pauses = pauses;
    }

    public ProcessInstance receive(String procedure, Channel channel) {
        String reference = channel == Channel.ONLINE ? "KPI-TEST-" + System.nanoTime() + "-" + references++ : null;
        IntakeRequest request = new IntakeRequest(procedure, channel, reference,
                new IntakeRequest.ApplicantData(Applicant.Kind.CITIZEN, "Trần Văn Bình", "042190005678", null,
                        "0912345679", null, "Thôn Trung Lưu, xã Sơn Trung, tỉnh Hà Tĩnh"),
                List.of(new IntakeRequest.PaperData("Tờ khai", 1, 0)));
        String code = intake.receive(request, "tiepnhan").dossier().code();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(DossierIntake.FRAME_PROCESS).singleResult();
    }

    public void accept(ProcessInstance frame, boolean digitized) {
        complete(task("CheckDossier", frame), withVariables("checkDecision", "accept", "componentsDigitized", digitized));
    }

    /** The unit's steps, then the leader's approval. */
    public void resolve(ProcessInstance frame, String procedure, boolean electronicResult) {
        ProcessInstance processing = calledProcessInstance(frame);
        if (procedure.equals(BIRTH)) {
            complete(task(processing), withVariables("childIdNumber", "042229000123", "registerNumber", "7"));
        } else {
            complete(task(processing), withVariables("verificationResult", "Chưa đăng ký kết hôn"));
            complete(task(processing), withVariables("maritalStatus", "single", "purpose", "Đăng ký kết hôn"));
        }
        complete(task("Approve", frame), withVariables("approved", true, "electronicResult", electronicResult));
        assertThat(frame).isWaitingAt("ReturnResult");
    }

    public void returnResult(ProcessInstance frame) {
        complete(task("ReturnResult", frame), withVariables("returnMethod", "Trực tiếp"));
    }

    public void pause(ProcessInstance frame) {
        pauses.pause(frame.getBusinessKey(), PauseReason.SUPPLEMENT, "Bổ sung giấy tờ", "tuphap", List.of("justice"), false);
    }

    public void resume(ProcessInstance frame) {
        complete(task("AwaitPausedSupplement", frame), withVariables("supplementReceived", true));
    }

    public void withdraw(ProcessInstance frame) {
        engine.getRuntimeService().createMessageCorrelation("dossier-withdraw")
                .processInstanceBusinessKey(frame.getBusinessKey())
                .setVariable("stopReason", "Người nộp đề nghị dừng giải quyết").correlate();
    }

    public static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant()));
    }
}
