package vn.motcua.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.support.Http;

/**
 * Runs the packaged application as a real JVM on the default H2 file database, starts process
 * instances over the API, kills the JVM with SIGKILL while requests are in flight, restarts it and
 * checks that every instance whose creation was acknowledged (HTTP 200) is still there.
 */
class KillRestartIT {

    private static final String START = "/engine-rest/process-definition/key/incoming-document/start";
    private static final String BODY = """
            {"variables": {"documentNumber": {"value": "01/CV", "type": "String"},
                           "summary": {"value": "Kiểm tra độ bền dữ liệu", "type": "String"}}}
            """;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @TempDir
    Path workDir;

    @Test
    void acknowledgedInstancesSurviveKillMinus9() throws Exception {
        int port = PackagedApp.freePort();
        Process first = start(port, "first.log");
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread load = new Thread(() -> {
            Http office = Http.as(port, "vanphong");
            while (!stop.get()) {
                try {
                    Http.Response response = office.post(START, BODY);
                    if (response.status() == 200) {
                        acknowledged.add(response.json().get("id").asText());
                    }
                } catch (IllegalStateException connectionLost) {
                    return;
                }
            }
        });
        load.start();
        PackagedApp.waitUntil(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, Duration.ofSeconds(120), "load");

        first.destroyForcibly().waitFor();
        stop.set(true);
        load.join(Duration.ofSeconds(30).toMillis());
        List<String> survivorsExpected = List.copyOf(acknowledged);

        Process second = start(port, "second.log");
        try {
            Http admin = Http.as(port, "admin");
            List<String> lost = survivorsExpected.stream()
                    .filter(id -> admin.get("/engine-rest/process-instance/" + id).status() != 200)
                    .toList();
            assertThat(lost).as("acknowledged instances lost after kill -9 (of %d)", survivorsExpected.size()).isEmpty();
            assertThat(admin.get("/engine-rest/process-definition?key=incoming-document").json())
                    .as("a restart with unchanged models deploys no new version").hasSize(1);
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Process start(int port, String logName) throws IOException, InterruptedException {
        return PackagedApp.start(workDir, logName, port, List.of(), List.of("--spring.profiles.active=demo"), Map.of(),
                Duration.ofSeconds(180));
    }
}
