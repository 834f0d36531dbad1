package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.dossier.IntakeRequest;

/** Drives a procedure through the real one-stop frame in process tests: receipt, dates, the dossier record. */
public final class ProcedureRun {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProcessEngine engine;
    private final DossierIntake intake;
    private final DossierRepository dossiers;

    public ProcedureRun(ProcessEngine engine, DossierIntake intake, DossierRepository dossiers) {
        this.engine = engine;
        this.intake = intake;
        this.dossiers = dossiers;
    }

    /** Receives a dossier at the counter and returns its frame, waiting at the desk check. */
    public ProcessInstance receive(String procedureCode) {
        IntakeRequest request = new IntakeRequest(procedureCode, Channel.COUNTER, null,
                new IntakeRequest.ApplicantData(Applicant.Kind.CITIZEN, "Trần Thị Thu Hà", "042190005678", null,
                        "0912000111", null, "Thôn Trung Lưu, xã Sơn Trung, tỉnh Hà Tĩnh"),
                List.of(new IntakeRequest.PaperData("Tờ khai", 1, 0)));
        Dossier dossier = intake.receive(request, "tiepnhan").dossier();
        ProcessInstance frame = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(dossier.code()).processDefinitionKey(DossierIntake.FRAME_PROCESS)
                .singleResult();
        assertThat(frame).isWaitingAt("CheckDossier");
        return frame;
    }

    public Dossier dossier(ProcessInstance frame) {
        return dossiers.findByCode(frame.getBusinessKey()).orElseThrow();
    }

    public List<String> events(ProcessInstance frame) {
        return dossier(frame).events().stream().map(DossierEvent::type).toList();
    }

    public List<String> eventDetails(ProcessInstance frame, String type) {
        return dossier(frame).events().stream().filter(event -> event.type().equals(type)).map(DossierEvent::detail)
                .toList();
    }

    /** A variable of a process instance that may already have ended. */
    public Object variable(ProcessInstance instance, String name) {
        HistoricVariableInstance variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    public static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
    }

    public static Date date(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant());
    }
}
