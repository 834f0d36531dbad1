package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

@MotCuaIntegrationTest
class TasklistFiltersTest {

    private static final List<String> ORDER = List.of("Hồ sơ của phòng tôi", "Sắp đến hạn", "Quá hạn");

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Test
    void staffShareTheUnitFiltersAndEachSeesOnlyItsOwnUnitsTasks() {
        String code = Http.as(port, "tiepnhan").post("/api/dossiers", """
                {"procedureCode": "1.004873", "channel": "COUNTER",
                 "applicant": {"kind": "CITIZEN", "fullName": "Hoàng Văn Đức", "idNumber": "042190009999"}}
                """).json().get("code").asText();
        String check = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();
        tasks.complete(check, Map.of("checkDecision", "accept"));

        assertThat(filterNames("tuphap")).containsExactly("Hồ sơ của phòng tôi", "Sắp đến hạn", "Quá hạn");
        assertThat(filterNames("kiemtra")).isEmpty();

        JsonNode justice = myUnitTasks("tuphap");
        assertThat(justice.findValuesAsText("name")).as(justice.toString()).contains("Kiểm tra, xác minh tình trạng hôn nhân");
        assertThat(justice.findValues("due")).allSatisfy(due -> assertThat(due.isNull()).isFalse());
        assertThat(myUnitTasks("vanhoa").findValuesAsText("name"))
                .doesNotContain("Kiểm tra, xác minh tình trạng hôn nhân");
    }

    private List<String> filterNames(String user) {
        List<String> names = new ArrayList<>();
        Http.as(port, user).get("/engine-rest/filter?resourceType=Task").json()
                .forEach(filter -> names.add(filter.get("name").asText()));
        return names.stream().sorted(Comparator.comparing(ORDER::indexOf)).toList();
    }

    private JsonNode myUnitTasks(String user) {
        Http http = Http.as(port, user);
        String filter = http.get("/engine-rest/filter?name=" + URLEncoder.encode("Hồ sơ của phòng tôi",
                StandardCharsets.UTF_8)).json().get(0).get("id").asText();
        Http.Response response = http.post("/engine-rest/filter/" + filter + "/list", "{}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
