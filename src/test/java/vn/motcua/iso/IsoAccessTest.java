package vn.motcua.iso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;
import vn.motcua.support.WebappLogin;

/**
 * Who may open the auditor's view, and that auditors can change nothing anywhere: not through our API,
 * not through the engine's REST API, and their Camunda grants are read-only.
 */
@MotCuaIntegrationTest
class IsoAccessTest {

    private static final List<String> PAGES = List.of("/api/iso/register", "/mot-cua/kiem-tra/");

    @LocalServerPort
    int port;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    RepositoryService repository;

    @Test
    void auditorsManagersLeadersAndTheAdministratorReadTheAuditorsView() {
        for (String user : List.of("kiemtra", "quanly", "chutich", "admin")) {
            Http.Response register = Http.as(port, user).get("/api/iso/register");
            assertThat(register.status()).as("register for %s", user).isEqualTo(200);
            assertThat(register.json().findValuesAsText("code")).as("register for %s", user).contains("1.004873");
            Http.Response page = Http.as(port, user).get("/mot-cua/kiem-tra/");
            assertThat(page.status()).as("page for %s", user).isEqualTo(200);
            assertThat(page.body()).contains("Kiểm tra quy trình và hồ sơ");
        }
        assertThat(Http.as(port, "kiemtra").get("/mot-cua/kiem-tra").status()).as("redirect to the page").isEqualTo(302);
        assertThat(Http.as(port, "kiemtra").get("/webjars/bpmn-js/8.0.0/dist/bpmn-viewer.production.min.js").status())
                .as("bpmn-js is served from the application").isEqualTo(200);
    }

    @Test
    void deskAndUnitStaffCannotOpenItAndAnonymousMustLogIn() {
        for (String path : PAGES) {
            for (String user : List.of("tiepnhan", "tuphap", "vanphong", "congdvc")) {
                Http.Response response = Http.as(port, user).get(path);
                assertThat(response.status()).as("%s for %s", path, user).isEqualTo(403);
            }
        }
        Http.Response api = Http.anonymous(port).get("/api/iso/register");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.json().get("message").asText()).isEqualTo("Cần đăng nhập để sử dụng chức năng này");
        Http.Response page = Http.anonymous(port).get("/mot-cua/kiem-tra/");
        assertThat(page.status()).as("a browser without a session is sent to the webapps' login").isEqualTo(302);
        assertThat(page.header("Location")).contains("/camunda/app/welcome/");

        // Desk staff signed in to Tasklist are still refused the auditor's view.
        Browser desk = new Browser(WebappLogin.session(port, "tiepnhan", "tasklist"));
        assertThat(desk.get("/mot-cua/kiem-tra/").status()).isEqualTo(403);
        assertThat(desk.get("/api/iso/register").status()).isEqualTo(403);
    }

    @Test
    void anAuditorSignedInToCockpitOpensThePageAndItsApiButCannotWriteWithTheSession() {
        Browser auditor = new Browser(WebappLogin.session(port, "kiemtra", "cockpit"));
        assertThat(auditor.get("/mot-cua/kiem-tra/").status()).isEqualTo(200);
        assertThat(auditor.get("/api/iso/register").status()).isEqualTo(200);
        assertThat(auditor.post("/api/dossiers/X/pause").status()).isEqualTo(403);
        assertThat(auditor.post("/api/iso/register").status()).isEqualTo(403);
    }

    /**
     * A browser signed in to the webapps, sending the AJAX header as our pages do. Like a browser it takes
     * the new session cookie when the server rotates the session id on the first authenticated request.
     */
    private final class Browser {

        private String cookies;

        Browser(String cookies) {
            this.cookies = cookies;
        }

        Http.Response get(String path) {
            return follow(client().get(path));
        }

        Http.Response post(String path) {
            return follow(client().post(path, "{}"));
        }

        private Http client() {
            return Http.withSession(port, cookies).withHeader("X-Requested-With", "XMLHttpRequest");
        }

        private Http.Response follow(Http.Response response) {
            for (String set : response.headers("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('=') + 1);
                cookies = Stream.concat(Stream.of(cookies.split("; ")).filter(cookie -> !cookie.startsWith(name)),
                        Stream.of(pair)).collect(Collectors.joining("; "));
            }
            return response;
        }
    }

    @Test
    void everyWriteByAnAuditorIsRefused() {
        Http auditor = Http.as(port, "kiemtra");
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey("incoming-document")
                .latestVersion().singleResult().getId();
        String deployment = repository.createProcessDefinitionQuery().processDefinitionId(definition).singleResult()
                .getDeploymentId();
        List<Http.Response> writes = List.of(
                auditor.post("/api/iso/register", "{}"),
                auditor.put("/api/iso/definitions/" + definition, "{}"),
                auditor.delete("/api/iso/definitions/" + definition),
                auditor.post("/mot-cua/kiem-tra/", "{}"),
                auditor.post("/api/dossiers", "{\"procedureCode\": \"1.004873\"}"),
                auditor.post("/api/dossiers/X/pause", "{}"),
                auditor.post("/api/dossiers/X/withdraw", "{}"),
                auditor.post("/api/dossiers/X/cancel", "{}"),
                auditor.post("/engine-rest/process-definition/key/incoming-document/start", "{}"),
                auditor.put("/engine-rest/process-definition/" + definition + "/suspended", "{\"suspended\": true}"),
                auditor.delete("/engine-rest/deployment/" + deployment),
                auditor.post("/engine-rest/process-instance/delete", "{\"processInstanceQuery\": {}}"));
        assertThat(writes).extracting(Http.Response::status).as("bodies: %s",
                writes.stream().map(Http.Response::body).toList()).containsOnly(403);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionId(definition).singleResult().isSuspended())
                .isFalse();
    }

    @Test
    void theAuditorsCamundaGrantsAreReadOnly() {
        List<Authorization> grants = authorizations.createAuthorizationQuery().groupIdIn("auditors").list();
        assertThat(grants).isNotEmpty();
        for (Authorization grant : grants) {
            assertThat(grant.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
            Permission[] granted = grant.getPermissions(allPermissionsOf(grant.getResourceType()));
            assertThat(Arrays.stream(granted).map(Permission::getName))
                    .as("grant on resource %d/%s", grant.getResourceType(), grant.getResourceId())
                    .isNotEmpty()
                    .allMatch(name -> name.startsWith("READ") || name.equals("ACCESS"));
        }
    }

    /** Every permission Camunda defines that applies to the resource type. */
    private static Permission[] allPermissionsOf(int resourceType) {
        return Stream.of(Permissions.values(), ProcessDefinitionPermissions.values(), ProcessInstancePermissions.values(),
                        TaskPermissions.values(), HistoricTaskPermissions.values(),
                        HistoricProcessInstancePermissions.values(), UserOperationLogCategoryPermissions.values(),
                        BatchPermissions.values(), SystemPermissions.values())
                .flatMap(Arrays::stream)
                .filter(permission -> permission != Permissions.NONE && permission.getValue() != 0)
                .filter(permission -> Arrays.stream(permission.getTypes())
                        .anyMatch(resource -> resource.resourceType() == resourceType))
                .toArray(Permission[]::new);
    }
}
