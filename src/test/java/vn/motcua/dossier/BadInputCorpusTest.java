package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * Every request of {@code bad-input/corpus.json} is refused with its 4xx and a Vietnamese message, never a
 * 500, and together they leave no trace: no dossier, event, paper, pause, attachment or process is written.
 *
 * <p>An entry names the caller ({@code as}, default: the portal for intake, anonymous for the calendar), the
 * request ({@code method}, {@code path} with placeholders {open} a received dossier, {closed} a withdrawn one,
 * {missing} none) and one body: {@code intake} (a JSON merge patch on a valid portal intake, null removes a
 * field), {@code json}, {@code raw} (text; {@code {{unit*N}}} repeats unit N times) or {@code multipart}
 * (file: pdf, pdfhead, exe, html, svg, zip, text, empty or big; fileName, paperName, partName).
 */
@MotCuaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPEAT = Pattern.compile("\\{\\{(.+?)\\*(\\d+)\\}\\}", Pattern.DOTALL);
    /** A message a Vietnamese official reads: it has at least one Vietnamese letter with a diacritic. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ]");
    private static final List<String> TABLES = List.of("dossier", "dossier_event", "dossier_paper", "dossier_pause",
            "dossier_attachment", "tracked_deadline", "act_ru_execution", "act_ru_task", "act_ru_job",
            "act_hi_procinst", "act_ge_bytearray");
    private static final String BASE_INTAKE = """
            {"procedureCode": "1.001193", "channel": "ONLINE", "portalReference": null,
             "applicant": {"kind": "CITIZEN", "fullName": "Lê Văn An", "idNumber": "042190001234",
                           "phone": "0912345678", "address": "Thôn Trung Lưu, xã Sơn Trung"},
             "papers": [{"name": "Tờ khai đăng ký khai sinh", "originals": 1, "copies": 0}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierRepository dossiers;

    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private Map<String, Long> before;

    @BeforeAll
    void fixtures() {
        Http desk = Http.as(port, "tiepnhan");
        String open = receive(desk, "Ngô Văn Mở");
        String closed = receive(desk, "Ngô Văn Đóng");
        assertThat(desk.post("/api/dossiers/" + closed + "/withdraw", "{\"reason\": \"Người nộp xin rút\"}").status())
                .isEqualTo(200);
        placeholders.put("{open}", open);
        placeholders.put("{closed}", closed);
        placeholders.put("{missing}", "000.00.15.H30-000000-9999");
        before = counts();
    }

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsRefusedClearlyAndWritesNothing() throws IOException {
        List<JsonNode> corpus = corpus();
        assertThat(corpus).as("at least 100 bad requests").hasSizeGreaterThanOrEqualTo(100);
        Stream<DynamicTest> requests = corpus.stream().map(entry -> DynamicTest.dynamicTest(entry.get("id").asText(), () -> {
            Http.Response response = send(entry);
            int expected = entry.get("status").asInt();
            assertThat(response.status()).as(response.body()).isEqualTo(expected);
            JsonNode body = response.json();
            assertThat(body.get("status").asInt()).isEqualTo(expected);
            String message = body.get("message").asText();
            assertThat(message).as("a Vietnamese message").containsPattern(VIETNAMESE)
                    .doesNotContainIgnoringCase("exception").doesNotContain("jackson", "java.", "org.");
            if (entry.has("message")) {
                assertThat(message).containsIgnoringCase(entry.get("message").asText());
            }
        }));
        return Stream.concat(requests, Stream.of(DynamicTest.dynamicTest("nothing half-written",
                () -> assertThat(counts()).isEqualTo(before))));
    }

    /** The same name typed with combining diacritics (NFD, as some keyboards and PDFs give it) is stored precomposed. */
    @Test
    void decomposedDiacriticsAreStoredPrecomposed() {
        String decomposed = "Nguye\u0302\u0303n Thi\u0323 Hoa\u0300";
        Http.Response created = Http.as(port, "tiepnhan").post("/api/dossiers",
                BASE_INTAKE.replace("Lê Văn An", decomposed).replace("ONLINE", "COUNTER"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.json().get("code").asText();
        assertThat(dossiers.findByCode(code).orElseThrow().applicant().fullName()).isEqualTo("Nguyễn Thị Hoà");
    }

    private Http.Response send(JsonNode entry) throws IOException {
        String path = fill(entry.get("path").asText());
        String method = entry.get("method").asText();
        Http http = caller(entry, path);
        if (entry.has("multipart")) {
            JsonNode part = entry.get("multipart");
            Map<String, String> texts = part.has("paperName") ? Map.of("paperName", part.get("paperName").asText()) : Map.of();
            return http.postMultipart(path, part.path("partName").asText("file"), part.path("fileName").asText("tep.pdf"),
                    "application/octet-stream", file(part.get("file").asText()), texts);
        }
        String body = null;
        if (entry.has("intake")) {
            body = JSON.writeValueAsString(merge((ObjectNode) JSON.readTree(BASE_INTAKE), entry.get("intake")));
        } else if (entry.has("json")) {
            body = JSON.writeValueAsString(entry.get("json"));
        } else if (entry.has("raw")) {
            body = expand(entry.get("raw").asText());
        }
        if (entry.has("contentType")) {
            return http.sendWithType(method, path, entry.get("contentType").asText(), body);
        }
        return body == null && method.equals("GET") ? http.get(path) : http.send(method, path, body);
    }

    private Http caller(JsonNode entry, String path) {
        String user = entry.has("as") ? entry.get("as").asText()
                : path.startsWith("/api/calendar") ? null : "congdvc";
        return user == null ? Http.anonymous(port) : Http.as(port, user);
    }

    private static JsonNode merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = target.get(field.getKey());
            if (field.getValue().isNull()) {
                target.remove(field.getKey());
            } else if (field.getValue().isObject() && current instanceof ObjectNode object) {
                merge(object, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
        return target;
    }

    private static String expand(String raw) {
        Matcher matcher = REPEAT.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1).repeat(Integer.parseInt(matcher.group(2)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static byte[] file(String kind) {
        return switch (kind) {
            case "pdf" -> "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
            case "pdfhead" -> "%PD".getBytes(StandardCharsets.US_ASCII);
            case "exe" -> new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
            case "html" -> "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
            case "svg" -> "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
            case "zip" -> new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0};
            case "text" -> "Ghi chú của người nộp".getBytes(StandardCharsets.UTF_8);
            case "empty" -> new byte[0];
            case "big" -> {
                byte[] big = new byte[11 * 1024 * 1024];
                Arrays.fill(big, (byte) ' ');
                System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
                yield big;
            }
            default -> throw new IllegalArgumentException("unknown file kind " + kind);
        };
    }

    private String fill(String text) {
        String filled = text;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            filled = filled.replace(placeholder.getKey(), placeholder.getValue());
        }
        return filled;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return counts;
    }

    private String receive(Http desk, String name) {
        Http.Response response = desk.post("/api/dossiers", BASE_INTAKE.replace("Lê Văn An", name).replace("ONLINE", "COUNTER"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("code").asText();
    }

    private static List<JsonNode> corpus() throws IOException {
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/bad-input/corpus.json")) {
            List<JsonNode> entries = new ArrayList<>();
            JSON.readTree(in).forEach(entries::add);
            return entries;
        }
    }
}
