package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.paper.VietnameseDates;
import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * A dossier through the real application over HTTP only: received over our API, every task worked
 * over the Camunda REST API by the user whose unit owns it, and the papers produced as readable PDFs.
 */
@MotCuaIntegrationTest
class DossierEndToEndTest {

    private static final String APPLICANT = "Nguyễn Thị Hồng Nhung";

    @LocalServerPort
    int port;

    @Test
    void birthRegistrationFromCounterToReturnedResultWithItsPapers() throws IOException, InterruptedException {
        JsonNode received = Http.as(port, "tiepnhan").post("/api/dossiers", """
                {"procedureCode": "1.001193", "channel": "COUNTER",
                 "applicant": {"kind": "CITIZEN", "fullName": "%s", "idNumber": "042190001234",
                               "phone": "0912345678", "address": "Thôn Trung Lưu, xã Sơn Trung, tỉnh Hà Tĩnh"},
                 "papers": [{"name": "Tờ khai đăng ký khai sinh", "originals": 1, "copies": 0},
                            {"name": "Giấy chứng sinh", "originals": 1, "copies": 0}]}
                """.formatted(APPLICANT)).json();
        String code = received.get("code").asText();

        assertThat(Http.as(port, "tuphap").get("/engine-rest/task?processInstanceBusinessKey=" + code).json())
                .as("the unit sees nothing before the desk accepts").isEmpty();
        work("tiepnhan", code, "CheckDossier", "{\"checkDecision\": {\"value\": \"accept\"}, "
                + "\"componentsDigitized\": {\"value\": true}}");
        work("tuphap", code, "RecordBirth", "{\"childIdNumber\": {\"value\": \"042226000123\"}, "
                + "\"registerNumber\": {\"value\": \"21\"}}");
        work("chutich", code, "Approve", "{\"approved\": {\"value\": true}, \"electronicResult\": {\"value\": true}}");
        work("tiepnhan", code, "ReturnResult", "{\"returnMethod\": {\"value\": \"Trực tiếp\"}}");

        JsonNode dossier = Http.as(port, "tiepnhan").get("/api/dossiers/" + code).json();
        assertThat(dossier.get("status").asText()).isEqualTo("RETURNED");
        assertThat(dossier.get("timeliness").asText()).isIn("EARLY", "ON_TIME");
        assertThat(dossier.get("events").findValuesAsText("actor")).contains("tiepnhan", "chutich");

        String appointment = new VietnameseDates().dateOf(
                Instant.parse(dossier.get("appointmentAt").asText()).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        String receipt = pdfText("/api/dossiers/" + code + "/papers/01");
        assertThat(receipt).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", APPLICANT, code, appointment,
                "Nguyễn Thị Lan"); // the desk officer who accepted it, by name
        String slip = pdfText("/api/dossiers/" + code + "/papers/06");
        assertThat(slip).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", code, "Trình ký");

        Http.Response notRefused = Http.as(port, "tiepnhan").get("/api/dossiers/" + code + "/papers/03");
        assertThat(notRefused.status()).isEqualTo(409);
        assertThat(Http.as(port, "tiepnhan").get("/api/dossiers/" + code + "/papers/99").status()).isEqualTo(404);
        assertThat(Http.anonymous(port).get("/api/dossiers/" + code + "/papers/01").status()).isEqualTo(401);
    }

    /** Finds the user's task of the dossier (the called processing carries the same business key) and completes it. */
    private void work(String user, String businessKey, String taskKey, String variables) {
        Http http = Http.as(port, user);
        JsonNode tasks = http.get("/engine-rest/task?taskDefinitionKey=" + taskKey
                + "&processInstanceBusinessKey=" + businessKey).json();
        assertThat(tasks).as("%s's %s task", user, taskKey).hasSize(1);
        String id = tasks.get(0).get("id").asText();
        Http.Response done = http.post("/engine-rest/task/" + id + "/complete", "{\"variables\": " + variables + "}");
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    private String pdfText(String path) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString(("tiepnhan:" + Http.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            // Lines wrap where the layout needs: compare the text with its white space folded.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
