package vn.motcua.citizen.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.citizen.DossierJourney;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierPaper;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;
import vn.motcua.web.InvalidRequestException;

/** A paper accepted in an earlier dossier is on file for the next one and is not asked for again. */
@MotCuaIntegrationTest
class PaperReuseTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String BIRTH = "1.001193";
    private static final String FORM = "Tờ khai đăng ký khai sinh (theo mẫu)";
    /** The paper birth registration's model marks reusable (procedure.reusablePaper). */
    private static final String ID_PAPER =
            "Giấy tờ tùy thân của người yêu cầu (xuất trình hoặc khai thác từ Cơ sở dữ liệu quốc gia về dân cư)";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    DossierIntake intake;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    PaperStore store;

    @Autowired
    IdentityCheckRepository identityChecks;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void paperFromAnEarlierDossierIsReusedAndTheDossierIsNotResubmitted() throws Exception {
        String owner = "001090012345";
        at(2027, 7, 1, 9, 0);
        String first = receive(owner, List.of(new IntakeRequest.PaperData(FORM, 1, 0),
                new IntakeRequest.PaperData(ID_PAPER, 1, 0)));
        JsonNode before = onFile(owner, null);
        assertThat(before.findValuesAsText("onFile")).containsOnly("false");

        new DossierJourney(engine, first).accept();
        at(2027, 7, 2, 9, 0);
        JsonNode now = onFile(owner, null);
        assertThat(now.get(2).path("name").asText()).isEqualTo(ID_PAPER);
        assertThat(now.get(2).path("onFile").asBoolean()).isTrue();
        assertThat(now.get(2).path("fromDossier").asText()).isEqualTo(first);
        assertThat(now.get(2).path("validUntil").isNull()).as("no validity configured for it").isTrue();
        assertThat(now.get(0).path("onFile").asBoolean()).as("the declaration is new for every dossier").isFalse();
        assertThat(now.get(1).path("onFile").asBoolean()).as("the model does not mark the birth proof reusable")
                .isFalse();

        // The desk reuses the birth proof: the applicant hands in only the form.
        String second = receive(owner, List.of(new IntakeRequest.PaperData(FORM, 1, 0),
                new IntakeRequest.PaperData(ID_PAPER, 0, 0, true)));
        assertThat(dossiers.findByCode(second).orElseThrow().papers()).extracting(DossierPaper::name, DossierPaper::reused)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FORM, false),
                        org.assertj.core.groups.Tuple.tuple(ID_PAPER, true));
        assertThat(store.reuseAtReceipt(second)).isEqualTo(new PaperStore.Reuse(true, false));

        // Handing the same paper in again counts as resubmitted.
        String third = receive(owner, List.of(new IntakeRequest.PaperData(ID_PAPER, 1, 0)));
        assertThat(store.reuseAtReceipt(third)).isEqualTo(new PaperStore.Reuse(true, true));
        assertThat(store.reuseAtReceipt(first)).as("nothing was on file for the first dossier")
                .isEqualTo(new PaperStore.Reuse(false, false));

        // Every look is recorded: who, when, for which dossier.
        Http.Response log = Http.as(port, "kiemtra").get("/api/citizen/papers/" + owner + "/access-log");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.json().findValuesAsText("actor")).contains("tiepnhan");
        assertThat(log.json().findValuesAsText("dossierCode")).contains(second);
        assertThat(log.json().findValuesAsText("accessedAt")).isNotEmpty();
        assertThat(Http.as(port, "vanphong").get("/api/citizen/papers/" + owner + "/access-log").status()).isEqualTo(403);
    }

    @Test
    void onlyAnIntendedLookIsLoggedNotALinkOpenedByASignedInOfficer() {
        String owner = "001090054321";
        Http.Response link = Http.as(port, "tiepnhan")
                .get("/api/citizen/papers/on-file?procedure=" + BIRTH + "&owner=" + owner);
        assertThat(link.status()).as("a link cannot look: the look is a write").isEqualTo(405);
        assertThat(store.accessLog(owner)).isEmpty();

        onFile(owner, null);
        assertThat(store.accessLog(owner)).extracting(PaperAccess::actor).containsExactly("tiepnhan");
        Http.Response refused = Http.as(port, "tiepnhan").post("/api/citizen/papers/on-file",
                "{\"procedure\": \"" + BIRTH + "\", \"owner\": \"12345\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("số định danh cá nhân (12 chữ số)");
        assertThat(store.accessLog(owner)).hasSize(1);
    }

    @Test
    void aPaperMarkedReusedThatIsNotOnFileFailsTheIntake() {
        at(2027, 7, 5, 9, 0);
        long before = dossiers.count();
        assertThatThrownBy(() -> receive("001090054321", List.of(new IntakeRequest.PaperData(ID_PAPER, 0, 0, true))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("không có trong kho dữ liệu");
        assertThat(dossiers.count()).as("nothing kept").isEqualTo(before);
    }

    @Test
    void theApplicantIsMarkedVerifiedElectronically() {
        at(2027, 7, 6, 9, 0);
        String code = receive("001090067890", List.of(new IntakeRequest.PaperData(FORM, 1, 0)));
        assertThat(identityChecks.findByDossierCode(code)).get().satisfies(check -> {
            assertThat(check.verified()).isTrue();
            assertThat(check.checkedAt()).isEqualTo(instant(2027, 7, 6, 9, 0));
        });
        String bad = receive("999090067890", List.of(new IntakeRequest.PaperData(FORM, 1, 0)));
        assertThat(identityChecks.findByDossierCode(bad).orElseThrow().verified()).isFalse();
    }

    private JsonNode onFile(String owner, String dossier) {
        Http.Response response = Http.as(port, "tiepnhan").post("/api/citizen/papers/on-file",
                "{\"procedure\": \"" + BIRTH + "\", \"owner\": \"" + owner + "\", \"dossier\": "
                        + (dossier == null ? "null" : "\"" + dossier + "\"") + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String receive(String owner, List<IntakeRequest.PaperData> papers) {
        return intake.receive(new IntakeRequest(BIRTH, Channel.COUNTER, null, new IntakeRequest.ApplicantData(
                Applicant.Kind.CITIZEN, "Đoàn Văn Nam", owner, null, null, null, null), papers), "tiepnhan")
                .dossier().code();
    }

    private static Instant instant(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant();
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(instant(year, month, day, hour, minute)));
    }
}
