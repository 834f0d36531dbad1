package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;
import vn.motcua.support.WebappSession;

/**
 * Who may call what, over every HTTP surface: each row of {@code security/endpoint-matrix.txt} is one
 * request, made by an anonymous caller and by each demo account, and every cell's status is checked.
 * A second part shows that a unit's staff neither see nor work another unit's tasks, for every unit.
 */
@MotCuaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {

    /** The matrix's columns, in order; null is the anonymous caller. */
    static final List<String> CALLERS = Arrays.asList(null, "tiepnhan", "vanphong", "tuphap", "taichinh", "vanhoa",
            "diachinh", "chutich", "quanly", "kiemtra", "congdvc", "admin", "congan", "bhxh");
    static final Map<String, String> UNIT_USERS = Map.of("office", "vanphong", "justice", "tuphap",
            "finance", "taichinh", "culture", "vanhoa", "cadastral", "diachinh");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String INCOMING_DOCUMENT = """
            {"variables": {
              "documentNumber": {"value": "77/UBND-VP", "type": "String"},
              "summary": {"value": "Về việc rà soát thủ tục hành chính", "type": "String"}}}
            """;

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final Map<String, WebappSession> sessions = new LinkedHashMap<>();

    @BeforeAll
    void fixtures() {
        Http desk = Http.as(port, "tiepnhan");
        Http.Response received = desk.post("/api/dossiers", """
                {"procedureCode": "1.004873", "channel": "COUNTER",
                 "applicant": {"kind": "CITIZEN", "fullName": "Ngô Thị Ma Trận", "idNumber": "042190009876"}}
                """);
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String dossier = received.json().get("code").asText();
        Http.Response attached = desk.postMultipart("/api/dossiers/" + dossier + "/attachments", "file", "to-khai.pdf",
                "application/pdf", PDF, Map.of());
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        Http admin = Http.as(port, "admin");
        JsonNode deskTasks = admin.get("/engine-rest/task?processInstanceBusinessKey=" + dossier).json();
        assertThat(deskTasks).hasSize(1);

        placeholders.put("{dossier}", dossier);
        placeholders.put("{missing}", "000.00.15.H30-000000-9999");
        placeholders.put("{attachment}", attached.json().get("id").asText());
        placeholders.put("{deskTask}", deskTasks.get(0).get("id").asText());
        placeholders.put("{deployment}", admin.get("/engine-rest/deployment").json().get(0).get("id").asText());
        placeholders.put("{definition}", admin.get("/engine-rest/process-definition/key/incoming-document").json()
                .get("id").asText());
    }

    @AfterAll
    void removeProbes() {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey("MATRIX-PROBE").list()
                .forEach(probe -> runtime.deleteProcessInstance(probe.getId(), "security matrix probe", true, true));
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsTheExpectedStatusOnEveryEndpoint() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.auth + " " + row.method + " " + row.path, () -> {
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                Http.Response response = call(row, CALLERS.get(i));
                if (response.status() != row.expected.get(i)) {
                    wrong.add((CALLERS.get(i) == null ? "anonymous" : CALLERS.get(i)) + ": expected " + row.expected.get(i)
                            + ", got " + response.status() + " " + abbreviate(response.body()));
                }
                if (row.path.startsWith("/api/") && response.status() >= 400) {
                    assertThat(response.json().get("message").asText()).as("our API refuses in plain Vietnamese")
                            .isNotBlank().doesNotContainIgnoringCase("exception");
                }
                assertThat(response.body()).as("no stack trace").doesNotContain("\tat org.", "\tat vn.");
            }
            assertThat(wrong).as(row.method + " " + row.path).isEmpty();
        }));
    }

    /** Every unit in turn handles a document; the four others can neither find, claim nor complete its task. */
    @Test
    void aUnitNeitherSeesNorWorksAnotherUnitsTasks() {
        UNIT_USERS.forEach((unit, owner) -> {
            Http.Response started = Http.as(port, "vanphong").post(
                    "/engine-rest/process-definition/key/incoming-document/start", INCOMING_DOCUMENT);
            assertThat(started.status()).as(started.body()).isEqualTo(200);
            String instance = started.json().get("id").asText();
            String assign = Http.as(port, "chutich").get("/engine-rest/task?processInstanceId=" + instance).json()
                    .get(0).get("id").asText();
            assertThat(Http.as(port, "chutich").post("/engine-rest/task/" + assign + "/complete", """
                    {"variables": {"handlingUnit": {"value": "%s", "type": "String"},
                                   "handlingDays": {"value": 3, "type": "Long"}}}""".formatted(unit)).status())
                    .isEqualTo(204);

            JsonNode ownTasks = Http.as(port, owner).get("/engine-rest/task?processInstanceId=" + instance).json();
            assertThat(ownTasks).as(unit + " sees its task").hasSize(1);
            String task = ownTasks.get(0).get("id").asText();

            UNIT_USERS.values().stream().filter(other -> !other.equals(owner)).forEach(other -> {
                Http stranger = Http.as(port, other);
                assertThat(stranger.get("/engine-rest/task?processInstanceId=" + instance).json())
                        .as(other + " lists no task of " + unit).isEmpty();
                assertThat(stranger.get("/engine-rest/task/count?candidateGroup=" + unit).json().get("count").asLong())
                        .as(other + " counts no task of " + unit).isZero();
                assertThat(stranger.get("/engine-rest/task/" + task).status()).as(other + " reads " + unit + "'s task")
                        .isEqualTo(404); // the engine does not reveal that an invisible task exists
                assertThat(stranger.post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"" + other + "\"}")
                        .status()).as(other + " claims " + unit + "'s task").isEqualTo(403);
                assertThat(stranger.post("/engine-rest/task/" + task + "/complete", "{}").status())
                        .as(other + " completes " + unit + "'s task").isEqualTo(403);
                WebappSession tasklist = session(other);
                assertThat(tasklist.get("/camunda/api/engine/engine/default/task?processInstanceId=" + instance).json())
                        .as(other + " sees no task of " + unit + " in Tasklist").isEmpty();
                assertThat(tasklist.send("POST", "/camunda/api/engine/engine/default/task/" + task + "/complete", "{}")
                        .status()).as(other + " completes " + unit + "'s task in Tasklist").isEqualTo(403);
            });

            Http.Response done = Http.as(port, owner).post("/engine-rest/task/" + task + "/complete", """
                    {"variables": {"outcome": {"value": "file", "type": "String"},
                                   "handlingResult": {"value": "Đã xử lý", "type": "String"}}}""");
            assertThat(done.status()).as(unit + " completes its own task: " + done.body()).isEqualTo(204);
        });
    }

    private Http.Response call(Row row, String caller) {
        String path = fill(row.path);
        String body = row.body == null ? null : fill(row.body);
        if (row.auth.startsWith("session")) {
            return session(caller).send(row.method, path, body, !row.auth.equals("session-no-ajax"));
        }
        Http http = caller == null ? Http.anonymous(port) : Http.as(port, caller);
        if ("multipart:pdf".equals(body)) {
            return http.postMultipart(path, "file", "giay-to.pdf", "application/pdf", PDF, Map.of());
        }
        return body == null && row.method.equals("GET") ? http.get(path) : http.send(row.method, path, body);
    }

    private WebappSession session(String caller) {
        return sessions.computeIfAbsent(caller == null ? "" : caller, key -> key.isEmpty()
                ? WebappSession.anonymous(port) : WebappSession.loggedIn(port, key, Http.DEMO_PASSWORD));
    }

    private String fill(String text) {
        String filled = text;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            filled = filled.replace(placeholder.getKey(), placeholder.getValue());
        }
        return filled;
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    record Row(String auth, String method, String path, String body, List<Integer> expected) {
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = SecurityMatrixTest.class.getResourceAsStream("/security/endpoint-matrix.txt")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                assertThat(cells).as(line).hasSize(5);
                List<Integer> expected = Arrays.stream(cells[4].trim().split("\\s+")).map(Integer::valueOf).toList();
                assertThat(expected).as("one status per caller: " + line).hasSize(CALLERS.size());
                String body = cells[3].trim();
                rows.add(new Row(cells[0].trim(), cells[1].trim(), cells[2].trim(), body.equals("-") ? null : body, expected));
            }
            return rows;
        }
    }
}
