package vn.motcua.citizen.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.citizen.DossierJourney;
import vn.motcua.citizen.Dossiers;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.kpi.IndicatorValue;
import vn.motcua.kpi.KpiFigures;
import vn.motcua.kpi.Period;
import vn.motcua.kpi.Slice;
import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;
import vn.motcua.support.WebappLogin;

/** The rating link appears with the result, rates once, feeds the KPI, and a dislike reaches the leader. */
@MotCuaIntegrationTest
class RatingTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ALL_GOOD = "{\"scores\":{\"TIME\":3,\"CONTACTS\":3,\"RESULT\":2,\"ATTITUDE\":3}}";
    private static final String SLOW = "{\"scores\":{\"TIME\":1,\"CONTACTS\":2,\"RESULT\":2,\"ATTITUDE\":3},"
            + "\"comment\":\"Phải chờ lâu\"}";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    DossierIntake intake;

    @Autowired
    RatingRepository ratings;

    @Autowired
    KpiFigures kpi;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void noLinkBeforeTheResultThenOneRatingOnlyCountedForTheKpi() throws Exception {
        at(2027, 4, 5, 9, 0);
        String code = dossier("Ngô Văn Đức", "0912000111");
        DossierJourney journey = new DossierJourney(engine, code).accept().process();
        assertThat(desk().get("/api/citizen/ratings/" + code + "/link").status()).isEqualTo(404);

        at(2027, 4, 5, 11, 0);
        journey.approve();
        Http.Response link = desk().get("/api/citizen/ratings/" + code + "/link");
        assertThat(link.status()).isEqualTo(200);
        String url = link.json().path("url").asText();
        assertThat(url).startsWith("http://localhost:8080/danh-gia?t=");
        String token = url.substring(url.indexOf("t=") + 2);
        assertThat(Http.anonymous(port).get("/api/citizen/ratings/" + code + "/link").status())
                .as("the desk's view of the link needs a login").isEqualTo(401);

        Http.Response invitation = Http.anonymous(port).get("/api/public/ratings/" + token);
        assertThat(invitation.status()).isEqualTo(200);
        assertThat(invitation.json().path("criteria").path("ATTITUDE").asText()).contains("Thái độ");
        assertThat(invitation.body()).doesNotContain("Ngô Văn Đức");

        IndicatorValue kpiBefore = satisfactionKpi();
        at(2027, 4, 5, 11, 30);
        Http.Response rated = Http.anonymous(port).post("/api/public/ratings/" + token, ALL_GOOD);
        assertThat(rated.status()).isEqualTo(201);
        assertThat(rated.json().path("satisfied").asBoolean()).isTrue();

        // The reform KPI TTHC-SATISF counts it: one more rating, one more satisfied, in that month.
        IndicatorValue kpiAfter = satisfactionKpi();
        assertThat(kpiAfter.denominator()).isEqualTo((kpiBefore.denominator() == null ? 0 : kpiBefore.denominator()) + 1);
        assertThat(kpiAfter.numerator()).isEqualTo((kpiBefore.numerator() == null ? 0 : kpiBefore.numerator()) + 1);
        assertThat(kpiAfter.actual()).isNotNull();
        assertThat(ratings.findByDossierCode(code)).get().satisfies(rating -> {
            assertThat(rating.scores()).containsEntry(Criterion.RESULT, 2).containsEntry(Criterion.TIME, 3);
            assertThat(rating.ratedAt()).isEqualTo(instant(2027, 4, 5, 11, 30));
        });

        Http.Response again = Http.anonymous(port).post("/api/public/ratings/" + token, SLOW);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().path("message").asText()).contains("đã được sử dụng");
        assertThat(ratings.findByDossierCode(code).orElseThrow().satisfied()).as("unchanged").isTrue();
        assertThat(satisfactionKpi()).as("the spent link counts nothing more").isEqualTo(kpiAfter);
        assertThat(desk().get("/api/citizen/ratings/" + code + "/link").json().path("used").asBoolean()).isTrue();

        journey.returnResult(); // RETURNED keeps the existing, spent link
        assertThat(Http.anonymous(port).get("/api/public/ratings/" + token).status()).isEqualTo(404);
    }

    @Test
    void notSatisfiedStartsAFollowUpForTheLeadersAndCountsAsDisliked() throws Exception {
        at(2027, 4, 6, 9, 0);
        String code = dossier("Đinh Thị Em", "0912000222");
        new DossierJourney(engine, code).accept().process().approve();
        String url = desk().get("/api/citizen/ratings/" + code + "/link").json().path("url").asText();
        IndicatorValue before = satisfactionKpi();

        Http.Response rated = Http.anonymous(port).post("/api/public/ratings/" + url.substring(url.indexOf("t=") + 2), SLOW);
        assertThat(rated.status()).isEqualTo(201);
        assertThat(rated.json().path("satisfied").asBoolean()).isFalse();
        IndicatorValue after = satisfactionKpi();
        assertThat(after.denominator()).as("one more rating").isEqualTo(orZero(before.denominator()) + 1);
        assertThat(orZero(after.numerator())).as("not a satisfied one").isEqualTo(orZero(before.numerator()));

        Task followUp = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(Ratings.FOLLOW_UP_PROCESS).singleResult();
        assertThat(followUp).isNotNull();
        assertThat(followUp.getTaskDefinitionKey()).isEqualTo("FollowUpRating");
        assertThat(engine.getTaskService().createTaskQuery().taskId(followUp.getId()).taskCandidateGroup("leaders").count())
                .isEqualTo(1);
        assertThat(followUp.getDueDate()).as("two working days: end of Thu 8/4")
                .isEqualTo(Date.from(instant(2027, 4, 8, 17, 0)));
        assertThat(engine.getTaskService().getVariable(followUp.getId(), "ratingComment")).isEqualTo("Phải chờ lâu");
        assertThat((String) engine.getTaskService().getVariable(followUp.getId(), "ratingSummary"))
                .contains("Thời gian giải quyết so với giấy hẹn: Không hài lòng");
    }

    @Test
    void incompleteRatingIsRefusedAndTheLinkStaysUsable() throws Exception {
        at(2027, 4, 7, 9, 0);
        String code = dossier("Vũ Văn Giang", "0912000333");
        new DossierJourney(engine, code).accept().process().approve();
        String url = desk().get("/api/citizen/ratings/" + code + "/link").json().path("url").asText();
        String token = url.substring(url.indexOf("t=") + 2);

        Http.Response partial = Http.anonymous(port).post("/api/public/ratings/" + token, "{\"scores\":{\"TIME\":3}}");
        assertThat(partial.status()).isEqualTo(400);
        assertThat(partial.json().path("message").asText()).contains("Chưa đánh giá tiêu chí");
        assertThat(Http.anonymous(port).post("/api/public/ratings/" + token, ALL_GOOD).status()).isEqualTo(201);
        assertThat(Http.anonymous(port).post("/api/public/ratings/not-a-token", ALL_GOOD).status()).isEqualTo(404);
    }

    @Test
    void theDeskPageOpensWithTheWebappSessionAndReadsTheLink() throws Exception {
        assertThat(Http.anonymous(port).get("/mot-cua/danh-gia/").status()).as("no session: to the login").isEqualTo(302);
        at(2027, 4, 8, 9, 0);
        String code = dossier("Kiều Văn Hòa", "0912000444");
        new DossierJourney(engine, code).accept().process().approve();

        String cookies = WebappLogin.session(port, "tiepnhan", "tasklist");
        Http browser = Http.withSession(port, cookies);
        Http.Response link = browser.withHeader("X-Requested-With", "XMLHttpRequest")
                .get("/api/citizen/ratings/" + code + "/link");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.json().path("used").asBoolean()).isFalse();
        // The same session keeps working: signing in from it does not renew the session id.
        Http.Response page = browser.get("/mot-cua/danh-gia/");
        assertThat(page.status()).as("%s %s", page.headers("Set-Cookie"), page.header("Location")).isEqualTo(200);
        assertThat(page.body()).contains("Mời người dân đánh giá");
    }

    private Http desk() {
        return Http.as(port, "tiepnhan");
    }

    private String dossier(String name, String phone) {
        return intake.receive(Dossiers.citizen(name, "001090007777", phone, null, Channel.COUNTER), "tiepnhan")
                .dossier().code();
    }

    private static Instant instant(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant();
    }

    private static long orZero(Long count) {
        return count == null ? 0 : count;
    }

    private IndicatorValue satisfactionKpi() {
        return kpi.indicators(Period.month(2027, 4), Slice.ALL).stream()
                .filter(value -> value.id().equals("TTHC-SATISF")).findFirst().orElseThrow();
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(instant(year, month, day, hour, minute)));
    }
}
