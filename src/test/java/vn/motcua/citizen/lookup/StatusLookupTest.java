package vn.motcua.citizen.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.citizen.Dossiers;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * The public lookup over HTTP without a login. Each test runs at its own engine time, so the failed
 * attempts it makes (counted per client address, and all tests come from localhost) are outside the
 * other tests' windows.
 */
@MotCuaIntegrationTest
class StatusLookupTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    DossierIntake intake;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void rightFactorShowsStepsDatesAndMaskedNameOnly() throws Exception {
        at(2027, 3, 1, 9, 0);
        String code = receiveAndAccept("Nguyễn Văn An", "001090001234", "0912345678");

        Http.Response byPhone = lookup(code, "5678");
        assertThat(byPhone.status()).isEqualTo(200);
        JsonNode view = byPhone.json();
        assertThat(view.path("code").asText()).isEqualTo(code);
        assertThat(view.path("applicant").asText()).isEqualTo("N*** V*** A***");
        assertThat(byPhone.body()).doesNotContain("Nguyễn Văn An", "001090001234", "0912345678", "Thôn Đông");
        assertThat(view.path("procedure").asText()).contains("khai sinh");
        assertThat(view.path("appointmentAt").asText()).isEqualTo("2027-03-01T17:00:00+07:00");
        assertThat(view.path("late").asBoolean()).isFalse();
        assertThat(view.path("currentStep").asText()).isEqualTo("Kiểm tra, ghi Sổ đăng ký khai sinh, dự thảo Giấy khai sinh");
        JsonNode steps = view.path("steps");
        assertThat(steps.get(1).path("name").asText()).isEqualTo("Kiểm tra, tiếp nhận hồ sơ");
        assertThat(steps.get(1).path("doneAt").asText()).isEqualTo("2027-03-01T09:00:00+07:00");
        assertThat(steps.get(2).path("plannedAt").asText()).as("the unit's step budget").isNotEmpty();
        assertThat(steps.get(2).path("doneAt").isNull()).isTrue();
        assertThat(steps.get(steps.size() - 1).path("plannedAt").asText()).isEqualTo("2027-03-01T17:00:00+07:00");

        assertThat(lookup(code, "1234").status()).as("last four of the ID number work too").isEqualTo(200);
        assertThat(lookup(code.toLowerCase(), " 1234").status()).isEqualTo(200);
    }

    @Test
    void wrongCodeAndWrongFactorGetTheSameAnswer() throws Exception {
        at(2027, 3, 2, 9, 0);
        String code = receiveAndAccept("Trần Thị Bình", "001190004321", "0987654321");

        Http.Response wrongFactor = lookup(code, "0000");
        Http.Response wrongCode = lookup(code.substring(0, code.length() - 1) + "9", "4321");
        Http.Response noSuchCode = lookup("KHONG-CO-" + UUID.randomUUID(), "4321");
        assertThat(wrongFactor.status()).isEqualTo(404);
        assertThat(wrongCode.status()).isEqualTo(404);
        assertThat(wrongFactor.body()).isEqualTo(wrongCode.body()).isEqualTo(noSuchCode.body());
        assertThat(wrongFactor.json().path("message").asText()).contains("Không tìm thấy hồ sơ");
    }

    @Test
    void aDossierIsLockedAfterFiveFailuresUntilTheWindowPasses() throws Exception {
        at(2027, 3, 3, 9, 0);
        String code = receiveAndAccept("Lê Văn Cường", "001090005555", "0911222333");
        for (int i = 0; i < 5; i++) {
            assertThat(lookup(code, String.format("%04d", i)).status()).isEqualTo(404);
        }
        Http.Response locked = lookup(code, "2333");
        assertThat(locked.status()).as("even the right factor, once the code is locked").isEqualTo(429);
        assertThat(locked.json().path("message").asText()).contains("nhập sai quá nhiều lần");

        at(2027, 3, 3, 9, 16);
        assertThat(lookup(code, "2333").status()).isEqualTo(200);
    }

    @Test
    void aClientIsLockedAfterTwentyFailuresAcrossCodes() throws Exception {
        at(2027, 3, 4, 9, 0);
        String code = receiveAndAccept("Phạm Thị Dung", "001190006666", "0933444555");
        for (int i = 0; i < 20; i++) {
            assertThat(lookup("DOAN-" + i, "1111").status()).isEqualTo(404);
        }
        assertThat(lookup(code, "4555").status()).as("a fresh code from a guessing client").isEqualTo(429);
        at(2027, 3, 4, 9, 20);
        assertThat(lookup(code, "4555").status()).isEqualTo(200);
    }

    @Test
    void thePageIsPublicAndTheReceiptLinkKeepsTheCode() throws Exception {
        Http.Response redirect = Http.anonymous(port).get("/tra-cuu?ma=ABC");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).endsWith("/tra-cuu/?ma=ABC");
        Http.Response page = Http.anonymous(port).get("/tra-cuu/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tra cứu tình trạng hồ sơ");
        for (String asset : new String[] {"/tra-cuu/tra-cuu.js", "/cong-dan/cong-dan.css", "/danh-gia/", "/danh-gia/danh-gia.js"}) {
            assertThat(Http.anonymous(port).get(asset).status()).as(asset).isEqualTo(200);
        }
    }

    private Http.Response lookup(String code, String lastFour) {
        return Http.anonymous(port).post("/api/public/lookup",
                "{\"code\":\"" + code + "\",\"lastFour\":\"" + lastFour + "\"}");
    }

    private String receiveAndAccept(String name, String idNumber, String phone) {
        String code = intake.receive(Dossiers.citizen(name, idNumber, phone, null, Channel.COUNTER), "tiepnhan")
                .dossier().code();
        ProcessInstance frame = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(DossierIntake.FRAME_PROCESS).singleResult();
        complete(task(frame), withVariables("checkDecision", "accept"));
        assertThat(calledProcessInstance(frame)).isNotNull();
        return code;
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant()));
    }
}
