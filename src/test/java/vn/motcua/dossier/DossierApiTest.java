package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/** Online intake from the public-service portal and the staff view of a dossier. */
@MotCuaIntegrationTest
class DossierApiTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    TaskService tasks;

    private static String body(String reference, String idNumber, String name, String phone, String procedure) {
        return body("ONLINE", reference, idNumber, name, phone, procedure);
    }

    private static String body(String channel, String reference, String idNumber, String name, String phone,
                               String procedure) {
        return """
                {"procedureCode": "%s", "channel": "%s", "portalReference": %s,
                 "applicant": {"kind": "CITIZEN", "fullName": %s, "idNumber": %s, "phone": %s,
                               "address": "Thôn Trung Lưu, xã Sơn Trung"},
                 "papers": [{"name": "Tờ khai đăng ký khai sinh", "originals": 1, "copies": 0}]}
                """.formatted(procedure, channel, json(reference), json(name), json(idNumber), json(phone));
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Test
    void portalSubmissionCreatesADossierWithItsProcessAndARetryReturnsTheSameOne() {
        String request = body("DVCQG-2026-000123", "042190001234", "Lê Văn Thành", "0912345678", "1.001193");
        Http.Response created = Http.as(port, "congdvc").post("/api/dossiers", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode dossier = created.json();
        String code = dossier.get("code").asText();
        assertThat(code).matches("000\\.00\\.15\\.H30-\\d{6}-\\d{4}");
        assertThat(dossier.get("channel").asText()).isEqualTo("ONLINE");
        assertThat(dossier.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(DossierIntake.FRAME_PROCESS).count()).isEqualTo(1);

        assertThat(dossier.has("events")).as("the portal gets no staff history").isFalse();
        assertThat(dossier.has("applicantName")).as("nor the applicant's data it sent").isFalse();

        Http.Response again = Http.as(port, "congdvc").post("/api/dossiers", request);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("code").asText()).isEqualTo(code);
        Http.Response portalView = Http.as(port, "congdvc").get("/api/dossiers/" + code);
        assertThat(portalView.status()).isEqualTo(200);
        assertThat(portalView.json().get("statusLabel").asText()).isEqualTo("Mới tiếp nhận");
        assertThat(dossiers.findByReceivedByAndPortalReference("congdvc", "DVCQG-2026-000123")).isPresent();

        Http.Response staffView = Http.as(port, "tiepnhan").get("/api/dossiers/" + code);
        assertThat(staffView.status()).isEqualTo(200);
        assertThat(staffView.json().get("applicantName").asText()).isEqualTo("Lê Văn Thành");
        assertThat(staffView.json().get("componentsDigitized").asBoolean()).isTrue();
        assertThat(staffView.json().get("events").get(0).get("type").asText()).isEqualTo("RECEIVED");
        assertThat(staffView.json().get("events").get(0).get("label").asText()).isEqualTo("Nộp hồ sơ");
        assertThat(staffView.json().get("forms").findValuesAsText("number")).as("nothing but the control slip yet")
                .containsExactly("06");
    }

    @Test
    void aPortalReferenceIsUniquePerCallerAndThePortalSeesOnlyWhatItFiled() {
        String reference = "BC-2026-0042";
        Http.Response byPortal = Http.as(port, "congdvc").post("/api/dossiers",
                body(reference, "042190003333", "Đỗ Thị Hoa", null, "1.001193"));
        Http.Response byDesk = Http.as(port, "tiepnhan").post("/api/dossiers",
                body("POST", reference, "042190004444", "Ngô Văn Bình", null, "1.001193"));

        assertThat(byPortal.status()).isEqualTo(201);
        assertThat(byDesk.status()).as("another caller's reference is another dossier").isEqualTo(201);
        String deskCode = byDesk.json().get("code").asText();
        assertThat(deskCode).isNotEqualTo(byPortal.json().get("code").asText());
        assertThat(Http.as(port, "congdvc").get("/api/dossiers/" + deskCode).status())
                .as("the portal cannot read a dossier handed in at the desk").isEqualTo(404);
        Http.Response attach = Http.as(port, "congdvc").postMultipart("/api/dossiers/" + deskCode + "/attachments",
                "file", "scan.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of());
        assertThat(attach.status()).as("nor attach files to it").isEqualTo(404);
    }

    @Test
    void theLedgerOfAPeriodIsAPdfAndABackwardPeriodIsRefused() {
        Http desk = Http.as(port, "tiepnhan");
        Http.Response ledger = desk.get("/api/ledger?tu=2026-01-01&den=2026-12-31");
        assertThat(ledger.status()).isEqualTo(200);
        assertThat(ledger.header("Content-Type")).startsWith("application/pdf");
        assertThat(ledger.body()).startsWith("%PDF-");

        Http.Response backwards = desk.get("/api/ledger?tu=2026-12-31&den=2026-01-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("message").asText()).isEqualTo("Ngày kết thúc phải từ ngày bắt đầu trở đi");
        assertThat(desk.get("/api/ledger?tu=hom-qua&den=2026-01-01").status()).isEqualTo(400);
        assertThat(Http.as(port, "tuphap").get("/api/ledger?tu=2026-01-01&den=2026-01-31").status()).isEqualTo(403);
    }

    @Test
    void consecutiveDossiersGetConsecutiveCodes() {
        String first = Http.as(port, "tiepnhan").post("/api/dossiers",
                body("COUNTER", null, "042190001111", "Trần Thị Mai", null, "1.004873")).json().get("code").asText();
        String second = Http.as(port, "tiepnhan").post("/api/dossiers",
                body("POST", null, "042190002222", "Phạm Văn Nam", null, "1.004873")).json().get("code").asText();
        int a = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        int b = Integer.parseInt(second.substring(second.lastIndexOf('-') + 1));
        assertThat(b).isEqualTo(a + 1);
    }

    @Test
    void everyInvalidFieldIsNamedInVietnamese() {
        Http.Response response = Http.as(port, "congdvc").post("/api/dossiers",
                body("DVCQG-BAD-1", "12345", "", "12ab", "1.001193"));
        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.findValuesAsText("field")).contains("applicant.idNumber", "applicant.fullName", "applicant.phone");
        assertThat(errors.findValuesAsText("message")).contains(
                "số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số",
                "số điện thoại phải có dạng 0xxxxxxxxx hoặc +84xxxxxxxxx");
        assertThat(dossiers.findByReceivedByAndPortalReference("congdvc", "DVCQG-BAD-1")).as("nothing half-written").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"procedureCode\": \"1.001193\", | 400 | không đúng định dạng",
            "[] | 400 | không đúng định dạng",
            "{\"procedureCode\": \"9.999999\", \"channel\": \"ONLINE\", \"applicant\": {\"kind\": \"CITIZEN\", \"fullName\": \"An\", \"idNumber\": \"042190001234\"}} | 404 | Không tìm thấy thủ tục hành chính có mã 9.999999",
            "{\"procedureCode\": \"1.001193\", \"channel\": \"FAX\", \"applicant\": {\"kind\": \"CITIZEN\", \"fullName\": \"An\"}} | 400 | không đúng định dạng",
            "{\"procedureCode\": \"1.001193\", \"channel\": \"ONLINE\", \"applicant\": {\"kind\": \"CITIZEN\", \"fullName\": \"An\"}} | 400 | cần số định danh cá nhân",
            "{\"procedureCode\": \"1.001193\", \"channel\": \"ONLINE\", \"applicant\": {\"kind\": \"CITIZEN\", \"fullName\": \"<script>alert(1)</script>\", \"idNumber\": \"042190001234\"}} | 400 | họ và tên chỉ gồm chữ cái"
    })
    void badRequestsGetAClearAnswer(String json, int status, String message) {
        Http.Response response = Http.as(port, "congdvc").post("/api/dossiers", json);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("message").asText()).contains(message);
    }

    @Test
    void theChannelFollowsWhoFiles() {
        Http.Response portalAtCounter = Http.as(port, "congdvc").post("/api/dossiers",
                body("COUNTER", "DVCQG-CH-1", "042190004444", "Lê Thị Hà", null, "1.001193"));
        assertThat(portalAtCounter.status()).isEqualTo(400);
        assertThat(portalAtCounter.json().get("message").asText()).contains("chỉ nộp hồ sơ trực tuyến");
        Http.Response deskOnline = Http.as(port, "tiepnhan").post("/api/dossiers",
                body("ONLINE", null, "042190004444", "Lê Thị Hà", null, "1.001193"));
        assertThat(deskOnline.status()).isEqualTo(400);
    }

    @Test
    void theDeskRecordsAWithdrawalAndNothingMoreCanHappen() {
        String code = Http.as(port, "tiepnhan").post("/api/dossiers",
                body("COUNTER", null, "042190005555", "Đinh Văn Khoa", null, "1.004873")).json().get("code").asText();
        assertThat(Http.as(port, "tuphap").post("/api/dossiers/" + code + "/withdraw", "{\"reason\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(Http.as(port, "tiepnhan").post("/api/dossiers/" + code + "/withdraw", "{}").status()).isEqualTo(400);

        Http.Response withdrawn = Http.as(port, "tiepnhan").post("/api/dossiers/" + code + "/withdraw",
                "{\"reason\": \"Người nộp có đơn xin rút hồ sơ\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();

        Http.Response again = Http.as(port, "chutich").post("/api/dossiers/" + code + "/cancel",
                "{\"reason\": \"Hủy\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText()).contains("không thể hủy");
    }

    @Test
    void whoMayDoWhat() {
        String request = body("COUNTER", null, "042190003333", "Võ Thị Lan", null, "1.001193");
        assertThat(Http.anonymous(port).post("/api/dossiers", request).status()).isEqualTo(401);
        assertThat(Http.as(port, "tiepnhan").post("/api/dossiers", "<xml/>").status()).isEqualTo(400);
        assertThat(Http.as(port, "kiemtra").post("/api/dossiers", request).status()).isEqualTo(403);
        assertThat(Http.as(port, "tuphap").post("/api/dossiers", request).status()).isEqualTo(403);
        String code = Http.as(port, "tiepnhan").post("/api/dossiers", request).json().get("code").asText();

        assertThat(Http.anonymous(port).get("/api/dossiers/" + code).status()).isEqualTo(401);
        assertThat(Http.as(port, "congdvc").get("/api/dossiers/" + code).status())
                .as("not filed by the portal: it does not exist for the portal").isEqualTo(404);
        assertThat(Http.as(port, "kiemtra").get("/api/dossiers/" + code).status()).isEqualTo(200);
        Http.Response missing = Http.as(port, "tiepnhan").get("/api/dossiers/KHONG-CO");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).isEqualTo("Không tìm thấy hồ sơ KHONG-CO");
    }

    @Test
    void aUnitReadsTheDossiersItProcessesOrWasGivenATaskInAndNoOthers() {
        String forJustice = Http.as(port, "tiepnhan")
                .post("/api/dossiers", body("COUNTER", null, "042190004441", "Phan Văn Tư", null, "1.001193"))
                .json().get("code").asText();
        String forCulture = Http.as(port, "tiepnhan")
                .post("/api/dossiers", body("COUNTER", null, "042190004442", "Phan Thị Hoa", null, "1.001731"))
                .json().get("code").asText();

        for (String scoped : new String[] {"", "/attachments"}) {
            assertThat(Http.as(port, "tuphap").get("/api/dossiers/" + forJustice + scoped).status())
                    .as("justice processes birth registrations: " + scoped).isEqualTo(200);
            assertThat(Http.as(port, "vanhoa").get("/api/dossiers/" + forCulture + scoped).status())
                    .as("culture processes funeral support: " + scoped).isEqualTo(200);
            assertThat(Http.as(port, "vanhoa").get("/api/dossiers/" + forJustice + scoped).status())
                    .as("culture does not see justice's dossier: " + scoped).isEqualTo(404);
            assertThat(Http.as(port, "tuphap").get("/api/dossiers/" + forCulture + scoped).status())
                    .as("nor justice culture's: " + scoped).isEqualTo(404);
        }
        Http.Response refused = Http.as(port, "vanhoa").get("/api/citizen/notifications/" + forJustice);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("message").asText())
                .as("the same answer as for a code that does not exist").isEqualTo("Không tìm thấy hồ sơ " + forJustice);
        assertThat(Http.as(port, "tuphap").get("/api/citizen/notifications/" + forJustice).status()).isEqualTo(200);
        // Not accepted yet, so no receipt: its readers meet the state rule (409), others the missing dossier.
        for (String paper : new String[] {"/api/dossiers/" + forJustice + "/papers/01",
                "/api/citizen/signed-papers/" + forJustice + "/01"}) {
            assertThat(Http.as(port, "tuphap").get(paper).status()).as(paper).isEqualTo(409);
            assertThat(Http.as(port, "vanhoa").get(paper).status()).as(paper).isEqualTo(404);
        }

        assertThat(Http.as(port, "tuphap").get("/api/dossiers/" + forJustice + "/papers/06").status())
                .as("the control slip travels with the dossier from receipt, before any appointment").isEqualTo(200);
        assertThat(Http.as(port, "vanhoa").get("/api/dossiers/" + forJustice + "/papers/06").status()).isEqualTo(404);

        assertThat(Http.as(port, "taichinh").get("/api/dossiers/" + forJustice).status()).isEqualTo(404);
        // A step of the dossier handed to finance (e.g. a fee) lets finance read it from then on.
        tasks.addCandidateGroup(tasks.createTaskQuery().processInstanceBusinessKey(forJustice).singleResult().getId(),
                "finance");
        assertThat(Http.as(port, "taichinh").get("/api/dossiers/" + forJustice).status()).isEqualTo(200);
        assertThat(Http.as(port, "kiemtra").get("/api/dossiers/" + forCulture).status()).isEqualTo(200);
        assertThat(Http.as(port, "chutich").get("/api/dossiers/" + forCulture).status()).isEqualTo(200);
    }
}
