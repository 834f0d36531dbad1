package vn.motcua.iso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * A marital-status dossier worked over HTTP by the real users, one step late: its audit trail names who
 * did each step and when, measures each against its budget, lists the data changes and dossier events,
 * exports as CSV, and the conformance check of the period flags exactly that late step.
 */
@MotCuaIntegrationTest
class IsoAuditTrailTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void trailOfADossierWithOneLateStep() {
        at(2026, 3, 2, 8, 0); // Monday
        String code = Http.as(port, "tiepnhan").post("/api/dossiers", """
                {"procedureCode": "1.004873", "channel": "COUNTER",
                 "applicant": {"kind": "CITIZEN", "fullName": "Lê Thị Thu", "idNumber": "042190007777",
                               "phone": "0912345679", "address": "Thôn Trung Lưu, xã Sơn Trung, tỉnh Hà Tĩnh"},
                 "papers": [{"name": "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "originals": 1, "copies": 0}]}
                """).json().get("code").asText();
        at(2026, 3, 2, 8, 30);
        work("tiepnhan", code, "CheckDossier", "{\"checkDecision\": {\"value\": \"accept\"}, "
                + "\"componentsDigitized\": {\"value\": true}}");
        at(2026, 3, 2, 10, 0);
        work("tuphap", code, "VerifyMaritalStatus", "{}");
        at(2026, 3, 9, 9, 0); // a week later: the 0.5-day drafting budget is long gone
        work("tuphap", code, "DraftMaritalCertificate", "{}");

        JsonNode trail = Http.as(port, "kiemtra").get("/api/iso/dossiers/" + code + "/trail").json();

        assertThat(trail.get("procedureCode").asText()).isEqualTo("1.004873");
        JsonNode steps = trail.get("steps");
        assertThat(steps.findValuesAsText("activityId"))
                .containsExactly("CheckDossier", "VerifyMaritalStatus", "DraftMaritalCertificate", "Approve");
        assertThat(steps.get(0).get("actor").asText()).isEqualTo("tiepnhan");
        JsonNode verify = steps.get(1);
        assertThat(verify.get("actor").asText()).isEqualTo("tuphap");
        assertThat(verify.get("process").asText()).isEqualTo("marital-status-certification");
        assertThat(verify.get("unit").asText()).isEqualTo("Tư pháp – Hộ tịch");
        assertThat(verify.get("budget").asText()).isEqualTo("1,5 ngày làm việc");
        assertThat(verify.get("minutes").asLong()).isEqualTo(90);
        assertThat(verify.get("withinBudget").asBoolean()).isTrue();
        JsonNode draft = steps.get(2);
        assertThat(draft.get("budget").asText()).isEqualTo("0,5 ngày làm việc");
        assertThat(draft.get("minutes").asLong()).isEqualTo(7 * 24 * 60 - 60);
        assertThat(draft.get("withinBudget").asBoolean()).isFalse();
        assertThat(draft.get("outcome").asText()).isEqualTo("completed");
        assertThat(steps.get(3).get("endedAt").isNull()).as("approval still open").isTrue();

        assertThat(trail.get("changes").findValuesAsText("variable")).contains("checkDecision", "componentsDigitized");
        JsonNode decision = iterable(trail.get("changes")).stream()
                .filter(change -> change.get("variable").asText().equals("checkDecision")).findFirst().orElseThrow();
        assertThat(decision.get("value").asText()).isEqualTo("accept");
        assertThat(decision.get("actor").asText()).isEqualTo("tiepnhan");
        assertThat(trail.get("events").findValuesAsText("type")).contains("RECEIVED", "ACCEPTED");

        Http.Response csv = Http.as(port, "quanly").get("/api/iso/dossiers/" + code + "/trail.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFThời điểm,Loại,Người thực hiện")
                .contains("\"Dự thảo Giấy xác nhận tình trạng hôn nhân\"", "\"Vượt\"", "\"checkDecision = accept\"");

        JsonNode conformance = Http.as(port, "kiemtra")
                .get("/api/iso/conformance?key=marital-status-certification&from=2026-03-02&to=2026-03-02").json();
        JsonNode mine = iterable(conformance.get("dossiers")).stream()
                .filter(dossier -> dossier.get("code").asText().equals(code)).findFirst().orElseThrow();
        assertThat(iterable(mine.get("deviations"))).extracting(JsonNode::asText)
                .containsExactly("Vượt thời gian bước “Dự thảo Giấy xác nhận tình trạng hôn nhân” (định mức 0,5 ngày làm việc)");
        int flagged = (int) iterable(conformance.get("dossiers")).stream()
                .filter(dossier -> !dossier.get("deviations").isEmpty()).count();
        assertThat(conformance.get("conforming").asInt()).isEqualTo(conformance.get("total").asInt() - flagged);

        assertThat(Http.as(port, "kiemtra").get("/api/iso/dossiers/KHONG-CO/trail").status()).isEqualTo(404);
        assertThat(Http.as(port, "kiemtra").get("/api/iso/conformance?key=marital-status-certification"
                + "&from=2026-03-09&to=2026-03-01").status()).isEqualTo(400);
        assertThat(Http.as(port, "tuphap").get("/api/iso/dossiers/" + code + "/trail").status()).isEqualTo(403);
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private void work(String user, String businessKey, String taskKey, String variables) {
        Http http = Http.as(port, user);
        JsonNode tasks = http.get("/engine-rest/task?taskDefinitionKey=" + taskKey
                + "&processInstanceBusinessKey=" + businessKey).json();
        assertThat(tasks).as("%s's %s task", user, taskKey).hasSize(1);
        Http.Response done = http.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
                "{\"variables\": " + variables + "}");
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant()));
    }
}
