package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * More desks filing at once than the pool has database connections (10). An intake once held its
 * transaction's connection while the dossier counter (a transaction of its own) waited for a second one:
 * with every connection held that way, intakes waited 30 s for the pool and answered 500.
 */
@MotCuaIntegrationTest
class DossierIntakeConcurrencyTest {

    private static final int AT_ONCE = 24;

    @LocalServerPort
    int port;

    @Test
    void moreConcurrentIntakesThanConnectionsAreAllReceived() {
        CountDownLatch together = new CountDownLatch(1);
        ExecutorService desks = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<CompletableFuture<Http.Response>> answers = IntStream.range(0, AT_ONCE)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(together);
                        return Http.as(port, "tiepnhan").post("/api/dossiers", """
                                {"procedureCode": "1.004873", "channel": "COUNTER",
                                 "applicant": {"kind": "CITIZEN", "fullName": "Đinh Thị Thu", "idNumber": "0421900%05d",
                                               "phone": "0912345678"}}
                                """.formatted(i));
                    }, desks)).toList();
            together.countDown();
            List<Http.Response> received = answers.stream().map(CompletableFuture::join).toList();

            assertThat(received).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
            assertThat(received.stream().map(answer -> answer.json().get("code").asText()).distinct())
                    .as("each dossier its own code").hasSize(AT_ONCE);
        } finally {
            desks.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
