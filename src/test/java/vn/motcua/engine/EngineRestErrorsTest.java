package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/** What a listener refuses reaches the engine REST API's client as a 4xx in Vietnamese, not a 500. */
@MotCuaIntegrationTest
class EngineRestErrorsTest {

    @LocalServerPort
    int port;

    @Test
    void aRefusalWithoutItsReasonIsA400AndTheTaskStaysOpen() {
        Http desk = Http.as(port, "tiepnhan");
        String code = desk.post("/api/dossiers", """
                {"procedureCode": "1.001193", "channel": "COUNTER",
                 "applicant": {"kind": "CITIZEN", "fullName": "Hà Thị Lựu", "idNumber": "042190007777"}}
                """).json().get("code").asText();
        String task = desk.get("/engine-rest/task?processInstanceBusinessKey=" + code).json().get(0).get("id").asText();

        Http.Response refused = desk.post("/engine-rest/task/" + task + "/complete",
                "{\"variables\": {\"checkDecision\": {\"value\": \"refuse\"}}}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).isEqualTo("Cần ghi rõ lý do từ chối tiếp nhận");
        assertThat(desk.get("/engine-rest/task/" + task).status()).isEqualTo(200);
    }

    @Test
    void completingATaskThatDoesNotExistIsTheClientsMistake() {
        Http.Response missing = Http.as(port, "tiepnhan").post("/engine-rest/task/khong-co/complete", "{}");

        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.json().get("message").asText()).contains("khong-co");
    }

    /**
     * A double click, or two officers on one shared task: the loser is told to reload, never a 500. Several
     * rounds, as the race lands differently each time (task or execution read before or after the winner's commit).
     */
    @Test
    void twoCompletionsOfOneTaskAtOnceAnswerOneSuccessAndNoServerError() throws Exception {
        for (int round = 0; round < 6; round++) {
            completeFourTimesAtOnce();
        }
    }

    private void completeFourTimesAtOnce() {
        Http desk = Http.as(port, "tiepnhan");
        String code = desk.post("/api/dossiers", """
                {"procedureCode": "1.004873", "channel": "COUNTER",
                 "applicant": {"kind": "CITIZEN", "fullName": "Lò Văn Sáng", "idNumber": "042190008888"}}
                """).json().get("code").asText();
        String task = desk.get("/engine-rest/task?processInstanceBusinessKey=" + code).json().get(0).get("id").asText();
        CountDownLatch together = new CountDownLatch(1);
        ExecutorService clicks = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Http.Response>> answers = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(together);
                        return Http.as(port, "tiepnhan").post("/engine-rest/task/" + task + "/complete",
                                "{\"variables\": {\"checkDecision\": {\"value\": \"accept\"}}}");
                    }, clicks)).toList();
            together.countDown();
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).map(Http.Response::status).toList();

            assertThat(statuses).as("one completion wins; the others lost the race (409) or found the task gone (400)")
                    .containsOnlyOnce(204).allMatch(status -> status == 204 || status == 400 || status == 409);
        } finally {
            clicks.shutdownNow();
        }
        assertThat(desk.get("/api/dossiers/" + code).json().get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void optimisticLockingInTheEngineOrInAListenerIsAConflictInVietnamese() {
        RestException listenerLost = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
                        new ObjectOptimisticLockingFailureException("vn.motcua.dossier.Dossier", 3L)),
                "Cannot complete task");
        RestException uniqueKeyLost = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
                        new DataIntegrityViolationException("Unique index: UK_RATING_INVITATION_DOSSIER",
                                new java.sql.SQLException("Unique index violation", "23505"))),
                "Cannot complete task");
        for (Exception lost : List.of(listenerLost, uniqueKeyLost,
                new OptimisticLockingException("ENGINE-03005 UPDATE TaskEntity"))) {
            Response answer = EngineRestErrors.refusal(lost).orElseThrow();
            assertThat(answer.getStatus()).isEqualTo(409);
            assertThat(answer.getEntity()).asString().contains("vui lòng tải lại và thử lại");
        }
    }

    @Test
    void anIntegrityViolationOtherThanALostUniqueKeyIsNotPassedOffAsARace() {
        RestException nullValue = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
                        new DataIntegrityViolationException("NULL not allowed for column \"ACTOR\"",
                                new java.sql.SQLException("NULL not allowed", "23502"))),
                "Cannot complete task");
        assertThat(EngineRestErrors.refusal(nullValue)).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void otherEngineErrorsKeepCamundasAnswer() {
        Http.Response unknownKey = Http.as(port, "tiepnhan").post("/engine-rest/process-definition/key/khong-co/start", "{}");

        assertThat(unknownKey.status()).as(unknownKey.body()).isEqualTo(404);
    }
}
