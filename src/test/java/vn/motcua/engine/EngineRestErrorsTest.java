package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/** What a listener refuses reaches the engine REST API's client as a 4xx in Vietnamese, not a 500. */
@MotCuaIntegrationTest
class EngineRestErrorsTest {

    @LocalServerPort
    int port;

    @Test
    void aRefusalWithoutItsReasonIsA400AndTheTaskStaysOpen() {
        Http desk = Http.as(port, "tiepnhan");
        String code = desk.post("/api/dossiers", """
                {"procedureCode": "1.001193", "channel": "COUNTER",
                 "applicant": {"kind": "CITIZEN", "fullName": "Hà Thị Lựu", "idNumber": "042190007777"}}
                """).json().get("code").asText();
        String task = desk.get("/engine-rest/task?processInstanceBusinessKey=" + code).json().get(0).get("id").asText();

        Http.Response refused = desk.post("/engine-rest/task/" + task + "/complete",
                "{\"variables\": {\"checkDecision\": {\"value\": \"refuse\"}}}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).isEqualTo("Cần ghi rõ lý do từ chối tiếp nhận");
        assertThat(desk.get("/engine-rest/task/" + task).status()).isEqualTo(200);
    }

    @Test
    void completingATaskThatDoesNotExistIsTheClientsMistake() {
        Http.Response missing = Http.as(port, "tiepnhan").post("/engine-rest/task/khong-co/complete", "{}");

        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.json().get("message").asText()).contains("khong-co");
    }

    @Test
    void otherEngineErrorsKeepCamundasAnswer() {
        Http.Response unknownKey = Http.as(port, "tiepnhan").post("/engine-rest/process-definition/key/khong-co/start", "{}");

        assertThat(unknownKey.status()).as(unknownKey.body()).isEqualTo(404);
    }
}
