package vn.motcua.citizen.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.citizen.DossierJourney;
import vn.motcua.citizen.Dossiers;
import vn.motcua.citizen.lookup.StatusLookup;
import vn.motcua.citizen.rating.Ratings;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/** Each message goes out once, after the change committed, at the step it reports. */
@MotCuaIntegrationTest
class NotificationTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    DossierIntake intake;

    @Autowired
    NotificationRepository outbox;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    StatusLookup lookup;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Ratings ratings;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void onlineDossierIsToldOfReceiptAppointmentAndResultOnceEach() {
        at(2027, 5, 11, 9, 0);
        String code = intake.receive(Dossiers.citizen("Hà Văn Hải", "001090008888", "0912888999",
                "hai@example.vn", Channel.ONLINE), "congdvc").dossier().code();
        assertThat(sent(code)).containsExactly("RECEIVED/EMAIL", "RECEIVED/SMS");

        DossierJourney journey = new DossierJourney(engine, code).accept();
        assertThat(sent(code)).containsExactly("RECEIVED/EMAIL", "RECEIVED/SMS", "ACCEPTED/EMAIL", "ACCEPTED/SMS");
        Notification accepted = message(code, "ACCEPTED", Delivery.EMAIL);
        assertThat(accepted.recipient()).isEqualTo("hai@example.vn");
        assertThat(accepted.subject()).isEqualTo("[Một cửa] Hồ sơ " + code + ": tiếp nhận và hẹn trả kết quả");
        assertThat(accepted.body()).contains("Kính gửi Ông/Bà Hà Văn Hải")
                .contains("Thời gian hẹn trả kết quả: 17 giờ 00 ngày 11/05/2027")
                .contains("http://localhost:8080/tra-cuu?ma=" + code);
        assertThat(accepted.sentAt()).isEqualTo(instant(2027, 5, 11, 9, 0));
        assertThat(accepted.sentBy()).isEqualTo("demo");
        assertThat(message(code, "ACCEPTED", Delivery.SMS).body()).doesNotContain("Kính gửi").contains("17 giờ 00");

        at(2027, 5, 11, 10, 0);
        journey.process();
        assertThat(sent(code)).as("no message for internal steps").hasSize(4);
        journey.approve();
        Notification result = message(code, "APPROVED", Delivery.EMAIL);
        assertThat(result.body()).contains("đã có kết quả").contains("http://localhost:8080/danh-gia?t=");
        assertThat(result.sentAt()).isEqualTo(instant(2027, 5, 11, 10, 0));
        String link = ratings.link(code).orElseThrow().url();
        assertThat(message(code, "APPROVED", Delivery.SMS).body()).as("the SMS is shortened, never its rating link")
                .hasSizeLessThanOrEqualTo(300).endsWith(link + ".");
        journey.returnResult();
        assertThat(sent(code)).hasSize(6);

        // Staff see them with the dossier.
        Http.Response list = Http.as(port, "tiepnhan").get("/api/citizen/notifications/" + code);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(6);
        assertThat(list.json().get(2).path("event").asText()).isEqualTo("ACCEPTED");
        assertThat(Http.anonymous(port).get("/api/citizen/notifications/" + code).status()).isEqualTo(401);
    }

    @Test
    void theSameChangeDeliveredTwiceMakesOneMessageAndARolledBackChangeNone() {
        at(2027, 5, 4, 9, 0);
        String code = intake.receive(Dossiers.citizen("Lý Thị Kim", "001190009999", null, "kim@example.vn",
                Channel.COUNTER), "tiepnhan").dossier().code();
        assertThat(sent(code)).as("at the counter the receipt is in hand").isEmpty();
        new DossierJourney(engine, code).accept();
        assertThat(sent(code)).containsExactly("ACCEPTED/EMAIL");
        Notification accepted = message(code, "ACCEPTED", Delivery.EMAIL);

        DossierChanged again = new DossierChanged(code, "ACCEPTED", accepted.createdAt(), "tiepnhan", null);
        transaction.executeWithoutResult(status -> events.publishEvent(again));
        assertThat(sent(code)).containsExactly("ACCEPTED/EMAIL");

        DossierChanged rolledBack = new DossierChanged(code, "SUPPLEMENT_REQUESTED", instant(2027, 5, 4, 9, 30),
                "tiepnhan", "Giấy chứng sinh");
        transaction.executeWithoutResult(status -> {
            events.publishEvent(rolledBack);
            status.setRollbackOnly();
        });
        assertThat(outbox.findByDossierCodeOrderByCreatedAtAscIdAsc(code)).hasSize(1);
    }

    @Test
    void supplementRequestAndApologyWithTheNewDate() {
        at(2027, 5, 5, 9, 0);
        String code = intake.receive(Dossiers.citizen("Mai Văn Long", "001090001111", "0912111222", null,
                Channel.COUNTER), "tiepnhan").dossier().code();
        DossierJourney journey = new DossierJourney(engine, code).requestSupplement("Giấy chứng sinh (bản chính)");
        assertThat(sent(code)).containsExactly("SUPPLEMENT_REQUESTED/SMS");
        assertThat(message(code, "SUPPLEMENT_REQUESTED", Delivery.SMS).body())
                .contains("cần bổ sung, hoàn thiện: Giấy chứng sinh (bản chính)");

        at(2027, 5, 5, 9, 30);
        journey.supplemented().accept();
        assertThat(sent(code)).containsExactly("SUPPLEMENT_REQUESTED/SMS", "ACCEPTED/SMS");

        // The unit is late: the apology timer fires, the letter is drafted and signed.
        at(2027, 5, 5, 13, 16);
        execute(job("ApologyDue", journey.frame()));
        complete(task("DraftApology", journey.frame()), withVariables("delayReason", "Chờ xác minh nơi sinh",
                "newAppointmentDate", "2027-05-07"));
        assertThat(sent(code)).as("not before the leader signed").hasSize(2);
        complete(task("SignApology", journey.frame()), withVariables("apologySigned", true));
        assertThat(sent(code)).containsExactly("SUPPLEMENT_REQUESTED/SMS", "ACCEPTED/SMS", "APOLOGY_SIGNED/SMS");
        assertThat(message(code, "APOLOGY_SIGNED", Delivery.SMS).body()).contains("xin lỗi")
                .contains("Lý do: Chờ xác minh nơi sinh")
                .contains("Hẹn trả kết quả mới: 17:00 ngày 07/05/2027.");
        // The public lookup shows the same reason and date once the letter is signed, in the same words.
        String lateReason = lookup.find(code, "1222").orElseThrow().lateReason();
        assertThat(lateReason).isEqualTo("Lý do: Chờ xác minh nơi sinh. Hẹn trả kết quả mới: 17:00 ngày 07/05/2027");
        assertThat(message(code, "APOLOGY_SIGNED", Delivery.SMS).body()).contains(lateReason + ".");
    }

    /** "EVENT/CHANNEL" of the dossier's messages, only those already sent. */
    private List<String> sent(String code) {
        return outbox.findByDossierCodeOrderByCreatedAtAscIdAsc(code).stream()
                .peek(message -> assertThat(message.sentAt()).as("sent after commit: %s", message.eventKey()).isNotNull())
                .map(message -> message.eventKey().substring(0, message.eventKey().indexOf('@')) + "/" + message.channel())
                .toList();
    }

    private Notification message(String code, String type, Delivery channel) {
        return outbox.findByDossierCodeOrderByCreatedAtAscIdAsc(code).stream()
                .filter(message -> message.eventKey().startsWith(type + "@") && message.channel() == channel)
                .reduce((first, second) -> { throw new AssertionError("two messages for " + type); })
                .orElseThrow();
    }

    private static Instant instant(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant();
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(instant(year, month, day, hour, minute)));
    }
}
