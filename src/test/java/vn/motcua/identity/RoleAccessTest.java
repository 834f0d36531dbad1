package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;
import vn.motcua.support.WebappLogin;

/**
 * What each demo role may and may not do, over the same REST API and webapp login the users have.
 * The scenario uses the incoming-document process: the office registers, leaders assign a unit,
 * only that unit can see and work the handling task.
 */
@MotCuaIntegrationTest
class RoleAccessTest {

    private static final String START = "/engine-rest/process-definition/key/incoming-document/start";
    private static final String DOCUMENT = """
            {"variables": {
              "documentNumber": {"value": "125/UBND-VP", "type": "String"},
              "summary": {"value": "Về việc triển khai kế hoạch cải cách hành chính năm 2026", "type": "String"}}}
            """;

    @LocalServerPort
    int port;

    @Test
    void deskStaffStartDossiersAndWorkInTasklistOnly() {
        assertThat(login("tiepnhan", "tasklist")).isEqualTo(200);
        assertThat(login("tiepnhan", "cockpit")).isEqualTo(403);
        assertThat(login("tiepnhan", "admin")).isEqualTo(403);

        String instance = start("tiepnhan");
        assertThat(tasks("tiepnhan", instance)).isEmpty();
        assertThat(http("tiepnhan").get("/engine-rest/deployment").json()).isEmpty();
    }

    @Test
    void unitStaffSeeAndWorkOnlyTheirOwnUnitsTasks() {
        String instance = start("vanphong");
        String assignTask = singleTask("chutich", instance);
        assertThat(http("tuphap").post("/engine-rest/task/" + assignTask + "/complete", "{}").status())
                .as("a unit cannot complete the leaders' task").isEqualTo(403);

        complete("chutich", assignTask, "{\"handlingUnit\": {\"value\": \"justice\", \"type\": \"String\"}, "
                + "\"handlingDays\": {\"value\": 3, \"type\": \"Long\"}}");

        assertThat(tasks("vanhoa", instance)).as("culture does not see justice's task").isEmpty();
        String handleTask = singleTask("tuphap", instance);
        assertThat(http("vanhoa").post("/engine-rest/task/" + handleTask + "/complete", "{}").status())
                .as("culture cannot complete justice's task").isEqualTo(403);
        complete("tuphap", handleTask, "{\"outcome\": {\"value\": \"file\", \"type\": \"String\"}, "
                + "\"handlingResult\": {\"value\": \"Đã nghiên cứu, lưu hồ sơ\", \"type\": \"String\"}}");

        JsonNode history = http("admin").get("/engine-rest/history/process-instance/" + instance).json();
        assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void leadersApproveInTasklistAndReadCockpit() {
        assertThat(login("chutich", "tasklist")).isEqualTo(200);
        assertThat(login("chutich", "cockpit")).isEqualTo(200);

        String instance = start("vanphong");
        assertThat(http("chutich").get("/engine-rest/history/process-instance?processInstanceId=" + instance)
                .json()).hasSize(1);
        assertThat(http("chutich").post(START, DOCUMENT).status()).as("leaders do not register documents")
                .isEqualTo(403);
        String deployment = anyDeployment();
        assertThat(http("chutich").delete("/engine-rest/deployment/" + deployment).status()).isEqualTo(403);
    }

    @Test
    void managersReadCockpitAndHistoryButChangeNothing() {
        assertThat(login("quanly", "cockpit")).isEqualTo(200);
        assertThat(login("quanly", "tasklist")).isEqualTo(403);

        String instance = start("vanphong");
        assertThat(http("quanly").get("/engine-rest/history/process-instance?processInstanceId=" + instance)
                .json()).hasSize(1);
        assertThat(http("quanly").post(START, DOCUMENT).status()).isEqualTo(403);
        String task = singleTask("chutich", instance);
        assertThat(http("quanly").post("/engine-rest/task/" + task + "/complete", "{}").status()).isEqualTo(403);
    }

    @Test
    void auditorsReadDefinitionsDeploymentsAndHistoryOnly() {
        assertThat(login("kiemtra", "cockpit")).isEqualTo(200);
        assertThat(login("kiemtra", "tasklist")).isEqualTo(403);
        assertThat(login("kiemtra", "admin")).isEqualTo(403);

        Http auditor = http("kiemtra");
        String instance = start("vanphong");
        assertThat(auditor.get("/engine-rest/process-definition").json().findValuesAsText("key"))
                .contains("incoming-document");
        assertThat(auditor.get("/engine-rest/deployment").json()).isNotEmpty();
        assertThat(auditor.get("/engine-rest/history/activity-instance?processInstanceId=" + instance).json())
                .isNotEmpty();

        String task = singleTask("chutich", instance);
        String definition = auditor.get("/engine-rest/process-definition/key/incoming-document").json()
                .get("id").asText();
        assertThat(auditor.post("/engine-rest/task/" + task + "/complete", "{}").status()).isEqualTo(403);
        assertThat(auditor.post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"kiemtra\"}").status())
                .isEqualTo(403);
        assertThat(auditor.post(START, DOCUMENT).status()).isEqualTo(403);
        assertThat(auditor.put("/engine-rest/process-definition/" + definition + "/suspended",
                "{\"suspended\": true}").status()).isEqualTo(403);
        assertThat(auditor.delete("/engine-rest/deployment/" + anyDeployment()).status()).isEqualTo(403);
        assertThat(auditor.delete("/engine-rest/process-instance/" + instance).status()).isEqualTo(403);
        assertThat(auditor.post("/engine-rest/user/create",
                "{\"profile\": {\"id\": \"moi\"}, \"credentials\": {\"password\": \"MotCua@2026x\"}}").status())
                .isEqualTo(403);
    }

    @Test
    void administratorCanDoEverything() {
        assertThat(login("admin", "admin")).isEqualTo(200);
        assertThat(login("admin", "cockpit")).isEqualTo(200);
        assertThat(login("admin", "tasklist")).isEqualTo(200);
        assertThat(http("admin").get("/engine-rest/authorization").status()).isEqualTo(200);
        String instance = start("admin");
        assertThat(http("admin").delete("/engine-rest/process-instance/" + instance).status()).isEqualTo(204);
    }

    private int login(String user, String app) {
        return WebappLogin.status(port, user, Http.DEMO_PASSWORD, app);
    }

    private Http http(String user) {
        return Http.as(port, user);
    }

    private String start(String user) {
        Http.Response response = http(user).post(START, DOCUMENT);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("id").asText();
    }

    private JsonNode tasks(String user, String instance) {
        Http.Response response = http(user).get("/engine-rest/task?processInstanceId=" + instance);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private String singleTask(String user, String instance) {
        JsonNode tasks = tasks(user, instance);
        assertThat(tasks).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private void complete(String user, String task, String variables) {
        Http.Response response = http(user).post("/engine-rest/task/" + task + "/complete",
                "{\"variables\": " + variables + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    private String anyDeployment() {
        return http("admin").get("/engine-rest/deployment").json().get(0).get("id").asText();
    }
}
