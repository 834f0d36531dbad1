package vn.motcua.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * The ISO document and the version diff of a known test model, deployed twice here through the
 * RepositoryService (and deleted afterwards): the document must list exactly the model's steps, units
 * and budgets, the diff exactly what changed between the two versions.
 */
@MotCuaIntegrationTest
class IsoDocumentTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    ProcessModels models;

    @Autowired
    VersionDiff diff;

    @LocalServerPort
    int port;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void deleteTestDeployments() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void documentListsExactlyTheModelsStepsUnitsAndBudgets() throws Exception {
        ProcessDefinition v1 = deploy("iso/iso-audit-sample-v1.bpmn");

        ProcessDocument document = models.document(v1.getId());

        assertThat(document.documentNumber()).isEqualTo("QT-9.999001");
        assertThat(document.kind()).isEqualTo(ProcessKind.PROCEDURE);
        assertThat(document.name()).isEqualTo("Thủ tục mẫu để kiểm tra tài liệu ISO");
        assertThat(document.timeLimit()).isEqualTo("03 ngày làm việc");
        assertThat(document.legalBasis()).containsExactly("Luật Hộ tịch 2014, Điều 16", "Nghị định 123/2015/NĐ-CP, Điều 9");
        assertThat(document.ownerUnit()).isEqualTo("Tư pháp – Hộ tịch");
        assertThat(document.retentionDays()).isEqualTo(365);
        assertThat(document.retention()).isEqualTo("Lưu vĩnh viễn");
        assertThat(document.deploymentId()).isEqualTo(v1.getDeploymentId());
        assertThat(document.steps()).extracting(ProcessStep::id, ProcessStep::name, ProcessStep::units,
                        ProcessStep::budgetText, ProcessStep::form, ProcessStep::record)
                .containsExactly(
                        tuple("CheckPapers", "Kiểm tra hồ sơ",
                                List.of("Trung tâm Phục vụ hành chính công xã (Bộ phận Một cửa)"),
                                "0,5 ngày làm việc", "dossier-check", "Phiếu kiểm soát quá trình"),
                        tuple("VerifyFacts", "Xác minh thông tin", List.of("Tư pháp – Hộ tịch"),
                                "1,5 ngày làm việc", "marital-status-verify", "Kết quả xác minh"),
                        tuple("SignResult", "Ký kết quả", List.of("Lãnh đạo UBND xã (Chủ tịch, Phó Chủ tịch)"),
                                "01 ngày làm việc", "dossier-approve", "Kết quả đã ký"));

        // The same through the auditor's API, as HTML the page embeds: one table row per step.
        Http.Response html = Http.as(port, "kiemtra").get("/api/iso/definitions/" + v1.getId() + "/document");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body().split("data-step=\"", -1)).hasSize(4);
        assertThat(html.body()).contains("QT-9.999001", "Lần ban hành: 0" + v1.getVersion(), "1,5 ngày làm việc",
                "class=\"bpmn-diagram\" data-xml=\"/api/iso/definitions/" + v1.getId() + "/xml\"");

        String pdf = pdfText("/api/iso/definitions/" + v1.getId() + "/document.pdf");
        assertThat(pdf).contains("QUY TRÌNH THỦ TỤC MẪU ĐỂ KIỂM TRA TÀI LIỆU ISO", "Mã hiệu: QT-9.999001",
                "Xác minh thông tin", "Tư pháp – Hộ tịch", "1,5 ngày làm việc", "Lưu vĩnh viễn", "365 ngày");
    }

    @Test
    void diffOfTwoVersionsListsExactlyTheChanges() {
        ProcessDefinition v1 = deploy("iso/iso-audit-sample-v1.bpmn");
        ProcessDefinition v2 = deploy("iso/iso-audit-sample-v2.bpmn");
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);

        List<VersionChange> changes = diff.between(v1.getId(), v2.getId());

        assertThat(changes).extracting(VersionChange::type, VersionChange::subject, VersionChange::before,
                        VersionChange::after)
                .containsExactlyInAnyOrder(
                        tuple(ChangeType.STEP_RENAMED, "CheckPapers", "Kiểm tra hồ sơ", "Kiểm tra hồ sơ điện tử"),
                        tuple(ChangeType.UNIT_CHANGED, "VerifyFacts", "Tư pháp – Hộ tịch", "Địa chính – Xây dựng"),
                        tuple(ChangeType.BUDGET_CHANGED, "VerifyFacts", "1,5 ngày làm việc", "01 ngày làm việc"),
                        tuple(ChangeType.FORM_CHANGED, "VerifyFacts", "marital-status-verify", "marital-status-draft"),
                        tuple(ChangeType.STEP_REMOVED, "SignResult", "Ký kết quả", null),
                        tuple(ChangeType.STEP_ADDED, "ApproveResult", null, "Phê duyệt kết quả"),
                        tuple(ChangeType.PROPERTY_CHANGED, "procedure.timeLimit", "3 WORKING_DAYS", "2 WORKING_DAYS"));

        // Over the API, with the revision history of both versions in the register.
        JsonNode api = Http.as(port, "kiemtra").get("/api/iso/diff?from=" + v1.getId() + "&to=" + v2.getId()).json();
        assertThat(api).hasSize(7);
        JsonNode versions = Http.as(port, "quanly").get("/api/iso/processes/iso-audit-sample/versions").json();
        assertThat(versions.findValuesAsText("definitionId")).containsExactly(v1.getId(), v2.getId());
        JsonNode register = Http.as(port, "chutich").get("/api/iso/register").json();
        List<JsonNode> sample = new ArrayList<>();
        register.forEach(entry -> {
            if (entry.get("key").asText().equals("iso-audit-sample")) {
                sample.add(entry);
            }
        });
        assertThat(sample).singleElement().satisfies(entry -> {
            assertThat(entry.get("currentVersion").asInt()).isEqualTo(v2.getVersion());
            assertThat(entry.get("deploymentId").asText()).isEqualTo(v2.getDeploymentId());
            assertThat(entry.get("status").asText()).isEqualTo("Đang áp dụng");
            assertThat(entry.get("ownerUnit").asText()).isEqualTo("Tư pháp – Hộ tịch");
        });
        assertThat(register.findValuesAsText("code")).contains("1.004873", "1.001193", "dossier");

        // Two different processes cannot be compared.
        String other = repository.createProcessDefinitionQuery().processDefinitionKey("dossier").latestVersion()
                .singleResult().getId();
        Http.Response mismatch = Http.as(port, "kiemtra").get("/api/iso/diff?from=" + v1.getId() + "&to=" + other);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().get("message").asText()).startsWith("Chỉ so sánh được");
        assertThat(Http.as(port, "kiemtra").get("/api/iso/definitions/khong-co:1:2").status()).isEqualTo(404);
    }

    private ProcessDefinition deploy(String resource) {
        String id = repository.createDeployment().name("iso-test").addClasspathResource(resource).deploy().getId();
        deployments.add(id);
        return repository.createProcessDefinitionQuery().deploymentId(id).singleResult();
    }

    private String pdfText(String path) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString(("kiemtra:" + Http.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
