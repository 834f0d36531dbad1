package vn.motcua.demo;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.IntakeRequest;

/** A little work in progress so a first look at Tasklist and Cockpit is not empty. Demo profile only. */
@Component
@Profile("demo")
class DemoData {

    private static final String INCOMING_DOCUMENT = "incoming-document";

    private final ProcessEngine engine;
    private final DossierIntake intake;

    DemoData(ProcessEngine engine, DossierIntake intake) {
        this.engine = engine;
        this.intake = intake;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(INCOMING_DOCUMENT).count() > 0) {
            return;
        }
        startIncomingDocument("DEMO-VBD-001", "12/UBND-VP", "UBND tỉnh Hà Tĩnh",
                "Về việc đẩy mạnh cải cách thủ tục hành chính năm 2026");
        String second = startIncomingDocument("DEMO-VBD-002", "45/STP-HCTP", "Sở Tư pháp tỉnh Hà Tĩnh",
                "Hướng dẫn đăng ký khai sinh liên thông trên Cổng Dịch vụ công quốc gia");
        Task assign = engine.getTaskService().createTaskQuery().processInstanceId(second).singleResult();
        engine.getTaskService().complete(assign.getId(), Map.of("handlingUnit", "justice", "handlingDays", 5,
                "instruction", "Giao Tư pháp – Hộ tịch nghiên cứu, triển khai"));

        // Two dossiers: one waiting at the desk, one accepted and with Tư pháp – Hộ tịch.
        receive("1.001193", "Nguyễn Thị Hồng Nhung", "042190001234");
        String accepted = receive("1.004873", "Trần Văn Minh", "042088005678");
        Task check = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(accepted).singleResult();
        engine.getTaskService().complete(check.getId(), Map.of("checkDecision", "accept", "componentsDigitized", true));
    }

    private String receive(String procedure, String name, String idNumber) {
        return intake.receive(new IntakeRequest(procedure, Channel.COUNTER, null,
                new IntakeRequest.ApplicantData(Applicant.Kind.CITIZEN, name, idNumber, null, "0912345678", null,
                        "Thôn Trung Lưu, xã Sơn Trung, tỉnh Hà Tĩnh"),
                List.of(new IntakeRequest.PaperData("Tờ khai", 1, 0))), "tiepnhan").dossier().code();
    }

    private String startIncomingDocument(String businessKey, String number, String issuer, String summary) {
        return engine.getRuntimeService().startProcessInstanceByKey(INCOMING_DOCUMENT, businessKey, Map.of(
                "arrivalNumber", businessKey.substring(businessKey.length() - 3),
                "documentNumber", number,
                "issuer", issuer,
                "summary", summary)).getId();
    }
}
