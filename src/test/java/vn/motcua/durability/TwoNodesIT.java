package vn.motcua.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.support.Http;

/**
 * Two application nodes (distinct engine hostnames) on one PostgreSQL database share the job executor.
 * Node A creates the schema; node B starts after it (never racing the schema creation). Both take
 * instances of a probe process with async continuations and a timer; node B is killed with SIGKILL in
 * the middle. Afterwards every instance has finished and every job succeeded exactly once: the jobs node
 * B held are run by node A after their lock expires (5 s here; 5 minutes, Camunda's default, in
 * production — see docs/operations.md).
 */
class TwoNodesIT {

    private static final String ADMIN = "/engine-rest";
    private static final String DATABASE = "motcua_two_nodes_it";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String KEY = "two-nodes-probe";
    private static final int STARTED_BEFORE_KILL = 60;
    /** No project code: async service tasks around a one-second timer, so both nodes' job executors work. */
    private static final String PROBE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://motcua.vn/it">
              <process id="two-nodes-probe" isExecutable="true" camunda:historyTimeToLive="1">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="first"/>
                <serviceTask id="first" camunda:asyncBefore="true" camunda:expression="${true}"/>
                <sequenceFlow id="f2" sourceRef="first" targetRef="wait"/>
                <intermediateCatchEvent id="wait">
                  <timerEventDefinition><timeDuration>PT1S</timeDuration></timerEventDefinition>
                </intermediateCatchEvent>
                <sequenceFlow id="f3" sourceRef="wait" targetRef="second"/>
                <serviceTask id="second" camunda:asyncBefore="true" camunda:expression="${true}"/>
                <sequenceFlow id="f4" sourceRef="second" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    @TempDir
    Path workDir;

    @Test
    void everyJobRunsExactlyOnceWhenOneOfTwoNodesIsKilled() throws Exception {
        assumeTrue(postgresAvailable(), "PostgreSQL on 127.0.0.1:5432 (started by .ci/run)");
        recreateDatabase();
        int portA = PackagedApp.freePort();
        int portB = PackagedApp.freePort();
        Process a = start("node-a", portA);
        Process b = null;
        try {
            b = start("node-b", portB);
            Http adminA = Http.as(portA, "admin");
            Http adminB = Http.as(portB, "admin");
            Http.Response deployed = adminA.postMultipart(ADMIN + "/deployment/create", "probe.bpmn", "probe.bpmn",
                    "application/xml", PROBE.getBytes(StandardCharsets.UTF_8), Map.of("deployment-name", KEY));
            assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);

            List<String> acknowledged = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = List.of(client(adminA, acknowledged, stop), client(adminB, acknowledged, stop));
            clients.forEach(Thread::start);
            PackagedApp.waitUntil(() -> acknowledged.size() >= STARTED_BEFORE_KILL, Duration.ofSeconds(180), "load on both nodes");

            b.destroyForcibly().waitFor(); // SIGKILL: node B's locked jobs stay locked until their lock expires
            Thread.sleep(2_000); // node A keeps taking instances for a moment
            stop.set(true);
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(30).toMillis());
            }

            PackagedApp.waitUntil(() -> unfinished(adminA) == 0, Duration.ofSeconds(240), "every probe instance finished");
            JsonNode instances = adminA.get(ADMIN + "/history/process-instance?processDefinitionKey=" + KEY).json();
            Set<String> all = ids(instances, "id");
            assertThat(all).as("every acknowledged start exists").containsAll(acknowledged);
            assertThat(StreamSupport.stream(instances.spliterator(), false).map(i -> i.get("state").asText()).distinct())
                    .containsOnly("COMPLETED");

            JsonNode successes = adminA.get(ADMIN + "/history/job-log?processDefinitionKey=" + KEY
                    + "&successLog=true&maxResults=100000").json();
            Map<String, Long> perJob = StreamSupport.stream(successes.spliterator(), false)
                    .collect(Collectors.groupingBy(log -> log.get("jobId").asText(), Collectors.counting()));
            assertThat(perJob.values()).as("no job succeeded twice").containsOnly(1L);
            assertThat(perJob).as("three jobs (two async steps, one timer) per instance").hasSize(3 * all.size());
            assertThat(StreamSupport.stream(successes.spliterator(), false).map(log -> log.get("hostname").asText())
                    .collect(Collectors.toSet())).as("both nodes ran jobs").contains("node-a", "node-b");

            for (String activity : List.of("first", "wait", "second")) {
                JsonNode runs = adminA.get(ADMIN + "/history/activity-instance?processDefinitionKey=" + KEY
                        + "&activityId=" + activity + "&finished=true&maxResults=100000").json();
                Map<String, Long> perInstance = StreamSupport.stream(runs.spliterator(), false).collect(
                        Collectors.groupingBy(run -> run.get("processInstanceId").asText(), Collectors.counting()));
                assertThat(perInstance.keySet()).as(activity + " ran in every instance").isEqualTo(all);
                assertThat(perInstance.values()).as(activity + " ran once per instance").containsOnly(1L);
            }
        } finally {
            if (b != null) {
                b.destroyForcibly().waitFor();
            }
            a.destroy();
            a.waitFor();
        }
    }

    private static Thread client(Http admin, List<String> acknowledged, AtomicBoolean stop) {
        return new Thread(() -> {
            while (!stop.get()) {
                try {
                    Http.Response response = admin.post(ADMIN + "/process-definition/key/" + KEY + "/start", "{}");
                    if (response.status() == 200) {
                        acknowledged.add(response.json().get("id").asText());
                    }
                } catch (IllegalStateException nodeGone) {
                    return;
                }
            }
        });
    }

    private static long unfinished(Http admin) {
        return admin.get(ADMIN + "/history/process-instance/count?unfinished=true&processDefinitionKey=" + KEY).json()
                .get("count").asLong();
    }

    private static Set<String> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText())
                .collect(Collectors.toSet());
    }

    private Process start(String node, int port) throws IOException, InterruptedException {
        return PackagedApp.start(workDir, node + ".log", port, List.of("-Xmx512m"), List.of(
                        "--spring.profiles.active=demo,postgres",
                        // distinct engine hostnames: the job log says which node ran a job
                        "--camunda.bpm.generic-properties.properties.hostname=" + node,
                        // a dead node's jobs are taken over after 5 s instead of 5 minutes
                        "--camunda.bpm.job-execution.lock-time-in-millis=5000",
                        "--camunda.bpm.job-execution.wait-time-in-millis=500",
                        "--camunda.bpm.job-execution.max-wait=1000"),
                Map.of("MOTCUA_DB_URL", SERVER + DATABASE, "MOTCUA_DB_USER", "postgres", "MOTCUA_DB_PASSWORD", ""),
                Duration.ofSeconds(240));
    }

    private static boolean postgresAvailable() {
        try (Connection ignored = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }
}
