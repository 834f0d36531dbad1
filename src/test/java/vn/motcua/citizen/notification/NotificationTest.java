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

/**
 * Each message goes out once, after the change committed, at the step it reports; the worker sends it, not the
 * thread that changed the dossier. The tests run the worker by hand ({@link #drain()}).
 */
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

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    java.time.Clock clock;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    vn.motcua.citizen.CitizenProperties properties;

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
    void theChangingThreadOnlyWritesTheOutboxAndTheWorkerSendsEachMessageOnce() {
        at(2027, 5, 12, 9, 0);
        String code = intake.receive(Dossiers.citizen("Tạ Văn Bình", "001090007777", "0912777888",
                "binh@example.vn", Channel.ONLINE), "congdvc").dossier().code();
        assertThat(outbox.findByDossierCodeOrderByCreatedAtAscIdAsc(code)).hasSize(2)
                .allSatisfy(message -> assertThat(message.sentAt()).as("not sent by the committing thread").isNull());

        at(2027, 5, 12, 9, 1);
        drain();
        drain();
        assertThat(outbox.findByDossierCodeOrderByCreatedAtAscIdAsc(code)).hasSize(2).allSatisfy(message -> {
            assertThat(message.sentAt()).isEqualTo(instant(2027, 5, 12, 9, 1));
            assertThat(message.attempts()).as("sent once").isEqualTo(1);
        });
    }

    @Test
    void aRunSendsAtMostOneBatchOldestFirst() {
        at(2027, 5, 13, 9, 0);
        drain();
        int batch = properties.notification().dispatch().batchSize();
        List<Notification> written = java.util.stream.IntStream.rangeClosed(0, batch)
                .mapToObj(i -> pending("LO-BATCH", "TEST" + i)).toList();

        assertThat(dispatcher.dispatch()).isEqualTo(batch);
        assertThat(reloaded(written.get(0)).sentAt()).isNotNull();
        assertThat(reloaded(written.get(batch)).sentAt()).as("the newest waits for the next run").isNull();
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(dispatcher.dispatch()).isZero();
    }

    @Test
    void aRefusedMessageIsTriedAgainLaterAndLaterUntilTheLastAttempt() {
        at(2027, 5, 14, 9, 0);
        drain();
        Notifier refusing = new Notifier() {
            @Override
            public String name() {
                return "refusing";
            }

            @Override
            public boolean supports(Delivery channel) {
                return true;
            }

            @Override
            public void send(Notification message) {
                throw new IllegalStateException("Máy chủ thư không trả lời");
            }
        };
        NotificationDispatcher down = new NotificationDispatcher(outbox, List.of(refusing), clock, transactions,
                properties);
        Notification message = pending("LO-RETRY", "ACCEPTED");

        assertThat(down.dispatch()).isEqualTo(1);
        assertThat(reloaded(message).lastError()).isEqualTo("Máy chủ thư không trả lời");
        assertThat(reloaded(message).nextAttemptAt()).as("first-retry: 1 minute").isEqualTo(instant(2027, 5, 14, 9, 1));
        at(2027, 5, 14, 9, 0);
        assertThat(down.dispatch()).as("not yet due").isZero();
        at(2027, 5, 14, 9, 1);
        assertThat(down.dispatch()).isEqualTo(1);
        assertThat(reloaded(message).nextAttemptAt()).as("then twice as long").isEqualTo(instant(2027, 5, 14, 9, 3));
        at(2027, 5, 14, 9, 2);
        assertThat(dispatcher.dispatch()).isZero();

        // The server is back: the message goes out once, at the next run after its wait.
        at(2027, 5, 14, 9, 3);
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(reloaded(message).sentAt()).isEqualTo(instant(2027, 5, 14, 9, 3));
        assertThat(reloaded(message).attempts()).isEqualTo(3);
        assertThat(reloaded(message).lastError()).isNull();
        assertThat(dispatcher.dispatch()).isZero();

        // Refused every time: after max-attempts the message stays with its error for staff to see.
        Notification hopeless = pending("LO-RETRY", "APPROVED");
        int maxAttempts = properties.notification().dispatch().maxAttempts();
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            assertThat(down.dispatch()).isEqualTo(1);
            ClockUtil.setCurrentTime(Date.from(reloaded(hopeless).nextAttemptAt()));
        }
        assertThat(down.dispatch()).isZero();
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(reloaded(hopeless).attempts()).isEqualTo(maxAttempts);
        assertThat(reloaded(hopeless).sentAt()).isNull();
        assertThat(down.backoff(maxAttempts + 20)).as("never more than max-retry")
                .isEqualTo(properties.notification().dispatch().maxRetry());
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

    /** "EVENT/CHANNEL" of the dossier's messages, after the worker ran; all of them must have gone out. */
    private List<String> sent(String code) {
        drain();
        return outbox.findByDossierCodeOrderByCreatedAtAscIdAsc(code).stream()
                .peek(message -> assertThat(message.sentAt()).as("sent after commit: %s", message.eventKey()).isNotNull())
                .map(message -> message.eventKey().substring(0, message.eventKey().indexOf('@')) + "/" + message.channel())
                .toList();
    }

    private Notification message(String code, String type, Delivery channel) {
        drain();
        return outbox.findByDossierCodeOrderByCreatedAtAscIdAsc(code).stream()
                .filter(message -> message.eventKey().startsWith(type + "@") && message.channel() == channel)
                .reduce((first, second) -> { throw new AssertionError("two messages for " + type); })
                .orElseThrow();
    }

    /** Runs the worker until nothing is due: other test classes leave their messages in the shared outbox. */
    private void drain() {
        while (dispatcher.dispatch() > 0) {
            // next batch
        }
    }

    private Notification pending(String code, String event) {
        return outbox.save(new Notification(code, event + "@" + clock.instant().toEpochMilli(), Delivery.EMAIL,
                "thu@example.vn", "[Một cửa] Hồ sơ " + code, "Nội dung", clock.instant()));
    }

    private Notification reloaded(Notification message) {
        return outbox.findById(message.id()).orElseThrow();
    }

    private static Instant instant(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant();
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(instant(year, month, day, hour, minute)));
    }
}
