package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;
import vn.motcua.support.WebappLogin;

/** The staff catalogue: what the deployed models state, in Vietnamese, for staff only. */
@MotCuaIntegrationTest
class ProcedureApiTest {

    @LocalServerPort
    int port;

    @Test
    void staffSeeEveryDeployedProcedureAsItsModelStatesIt() {
        Http.Response response = Http.as(port, "tiepnhan").get("/api/procedures");
        assertThat(response.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.json().forEach(procedure -> codes.add(procedure.get("code").asText()));
        assertThat(codes).containsAll(ProceduresDocTest.procedures().stream().map(Procedure::code).toList());

        JsonNode marriage = find(response.json(), "1.000894");
        assertThat(marriage.get("name").asText()).isEqualTo("Đăng ký kết hôn");
        assertThat(marriage.get("field").asText()).isEqualTo("Hộ tịch");
        assertThat(marriage.get("timeLimit").asText())
                .isEqualTo("Trong ngày (nhận hồ sơ sau 15 giờ thì trả trong ngày làm việc tiếp theo)");
        assertThat(marriage.get("timeLimitCode").asText()).isEqualTo("SAME_DAY 15:00");
        assertThat(marriage.at("/caseTimeLimits/0/label").asText()).isEqualTo("Cần xác minh điều kiện kết hôn");
        assertThat(marriage.at("/caseTimeLimits/0/timeLimit").asText()).isEqualTo("05 ngày làm việc");
        assertThat(marriage.get("onlineService").asText()).isEqualTo("Một phần");
        assertThat(marriage.get("interAgency").asBoolean()).isFalse();
        assertThat(marriage.get("unitName").asText()).isEqualTo("Tư pháp – Hộ tịch");
        assertThat(marriage.get("retention").asText()).isEqualTo("Vĩnh viễn");
        assertThat(marriage.get("version").asInt()).isPositive();
        assertThat(marriage.get("fees").get(0).asText()).startsWith("Miễn lệ phí");
        JsonNode papers = marriage.get("papers");
        assertThat(papers).hasSize(3);
        assertThat(papers.get(0).get("reusable").asBoolean()).isFalse();
        assertThat(papers.get(1).get("name").asText()).startsWith("Giấy tờ tùy thân");
        assertThat(papers.get(1).get("reusable").asBoolean()).isTrue();

        assertThat(find(response.json(), "1.004884").get("timeLimit").asText()).isEqualTo("05 ngày làm việc");
    }

    @Test
    void theCatalogueIsForStaffOnly() {
        Http.Response anonymous = Http.anonymous(port).get("/api/procedures");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("message").asText()).isEqualTo("Cần đăng nhập để sử dụng chức năng này");
        assertThat(Http.as(port, "congdvc").get("/api/procedures").status()).isEqualTo(403);
        assertThat(Http.as(port, "kiemtra").get("/api/procedures").status()).isEqualTo(200);
        Http.Response page = Http.anonymous(port).get("/mot-cua/thu-tuc/");
        assertThat(page.status()).as("a browser without a session signs in through the webapps").isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/camunda/app/welcome/default/#!/login");
    }

    /** As a browser does: the page, then its API calls on the same webapp session (cookies kept as a browser keeps them). */
    @Test
    void thePageCallsTheApiWithTheWebappSession() {
        String cookies = WebappLogin.session(port, "vanhoa", "tasklist");
        Http.Response page = Http.withSession(port, cookies).get("/mot-cua/thu-tuc/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Danh mục thủ tục hành chính");
        cookies = follow(cookies, page);
        Http.Response api = Http.withSession(port, cookies).withHeader("X-Requested-With", "XMLHttpRequest")
                .get("/api/procedures");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().size()).isGreaterThanOrEqualTo(8);
        assertThat(Http.withSession(port, cookies).withHeader("X-Requested-With", "XMLHttpRequest")
                .get("/api/procedures").status()).as("the page's parallel requests share one session id").isEqualTo(200);
    }

    @Test
    void thePageIsServedInVietnameseAndReadsTheApi() {
        Http.Response redirect = Http.as(port, "tuphap").get("/mot-cua/thu-tuc");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).endsWith("/mot-cua/thu-tuc/");
        Http.Response page = Http.as(port, "tuphap").get("/mot-cua/thu-tuc/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\">", "Danh mục thủ tục hành chính", "thu-tuc.js");
        assertThat(Http.as(port, "tuphap").get("/mot-cua/thu-tuc/thu-tuc.js").body())
                .contains("/api/procedures", "X-Requested-With");
    }

    /** The cookies after the response's Set-Cookie, as a browser keeps them. */
    private static String follow(String cookies, Http.Response response) {
        String result = cookies;
        for (String set : response.headers("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('=') + 1);
            result = Arrays.stream(result.split(";\\s*")).filter(cookie -> !cookie.startsWith(name))
                    .collect(Collectors.joining("; ")) + "; " + pair;
        }
        return result;
    }

    private static JsonNode find(JsonNode procedures, String code) {
        for (JsonNode procedure : procedures) {
            if (procedure.get("code").asText().equals(code)) {
                return procedure;
            }
        }
        throw new AssertionError("no procedure " + code);
    }
}
