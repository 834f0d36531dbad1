package vn.motcua.citizen.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.citizen.DossierJourney;
import vn.motcua.citizen.Dossiers;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierPapers;
import vn.motcua.support.MotCuaIntegrationTest;

/** A signed form verifies as ours and unchanged; a modified or extended copy does not. */
@MotCuaIntegrationTest
class SignedPaperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    DossierIntake intake;

    @Autowired
    DossierPapers papers;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 6, 1, 9, 0, 0, 0,
                ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void signedReceiptVerifiesAndModifiedCopiesDoNot() throws Exception {
        String code = intake.receive(Dossiers.citizen("Tô Văn Minh", "001090002222", "0912333444", null,
                Channel.COUNTER), "tiepnhan").dossier().code();
        new DossierJourney(engine, code).accept();

        HttpResponse<byte[]> download = client.send(HttpRequest.newBuilder(uri("/api/citizen/signed-papers/" + code + "/01"))
                .header("Authorization", basic("tiepnhan")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] signed = download.body();
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(document.getSignatureDictionaries()).hasSize(1);
            assertThat(document.getSignatureDictionaries().get(0).getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Đã ký số bởi: UBND xã Sơn Trung").contains("Thời gian ký: 09:00 ngày 01/06/2027")
                    .contains(code);
        }

        JsonNode verdict = verify(signed);
        assertThat(verdict.path("valid").asBoolean()).isTrue();
        assertThat(verdict.path("signedByUs").asBoolean()).isTrue();
        assertThat(verdict.path("signedAt").asText()).isEqualTo("2027-06-01T09:00:00+07:00");
        assertThat(verdict.path("message").asText()).isEqualTo("Văn bản do cơ quan chúng tôi ký số và chưa bị thay đổi");

        byte[] tampered = signed.clone();
        tampered[7] = (byte) (tampered[7] == '7' ? '6' : '7'); // %PDF-1.x: a signed byte, the file still parses
        JsonNode changed = verify(tampered);
        assertThat(changed.path("valid").asBoolean()).isFalse();
        assertThat(changed.path("unchanged").asBoolean()).isFalse();
        assertThat(changed.path("message").asText()).contains("đã bị thay đổi sau khi ký");

        byte[] extended = new byte[signed.length + 12];
        System.arraycopy(signed, 0, extended, 0, signed.length);
        System.arraycopy("\n% them vao\n".getBytes(StandardCharsets.US_ASCII), 0, extended, signed.length, 12);
        JsonNode appended = verify(extended);
        assertThat(appended.path("valid").asBoolean()).isFalse();
        assertThat(appended.path("message").asText()).isEqualTo("Tệp đã bị thêm nội dung sau khi ký");

        JsonNode unsigned = verify(papers.pdf(code, "01"));
        assertThat(unsigned.path("signed").asBoolean()).isFalse();
        assertThat(unsigned.path("message").asText()).isEqualTo("Tệp PDF không có chữ ký số");
    }

    @Test
    void theLeadersFormsAreNotSignedOnRequestOfStaff() {
        // Form 04 (apology) and 05 (stop notice) carry the Chairman's signature, not the centre's.
        for (String form : java.util.List.of("04", "05")) {
            vn.motcua.support.Http.Response response = vn.motcua.support.Http.as(port, "tuphap")
                    .get("/api/citizen/signed-papers/KHONG-CO/" + form);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("message").asText()).contains("01, 02, 03 và 06");
        }
    }

    @Test
    void notAPdfIsABadRequest() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/public/signatures/verify"))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("message").asText()).isEqualTo("Tệp gửi lên không phải là tệp PDF");
    }

    private JsonNode verify(byte[] pdf) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/public/signatures/verify"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":MotCua@2026").getBytes(StandardCharsets.UTF_8));
    }
}
