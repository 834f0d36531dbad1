package vn.motcua.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotCuaApplication;
import vn.motcua.citizen.Dossiers;
import vn.motcua.support.StatementCounter;
import vn.motcua.support.StatementCounter.Counts;

/**
 * Dossiers per second through the whole MotCua lifecycle (intake, desk check, the unit's processing in the
 * called procedure, leader approval, return — with every listener of the application: deadline tracking,
 * KPI facts, dossier events, notifications) next to a bare BPMN with the same wait states, timers, call
 * activity and event sub-processes and no project code, in the same engine and the same JVM run, on H2 (file,
 * the application's default settings) and on PostgreSQL. Rounds alternate between the two sides after a
 * warm-up; the DataSource is wrapped to count statements and round trips per dossier.
 *
 * <p>Not part of {@code mvn verify} (the class name matches no test pattern). Run it alone:
 * {@code mvn -o -q test -Dtest=LifecycleBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dlifecycle.bench=true}
 * (optional {@code -Dlifecycle.bench.rounds=8 -Dlifecycle.bench.perRound=25 -Dlifecycle.bench.databases=h2,postgres}).
 */
class LifecycleBenchmark {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** CheckDossier, RecordBirth (in the called procedure), Approve, ReturnResult. */
    private static final int WAIT_STATES = 4;
    private static final String POSTGRES_DATABASE = "motcua_lifecycle_bench";
    private static final Path DIR = Path.of("target/lifecycle-bench");

    enum Side { MOTCUA, BARE }

    enum Step { INTAKE, CHECK, PROCESS, APPROVE, RETURN }

    private final List<String> report = new ArrayList<>();

    @Test
    void lifecycleThroughput() throws Exception {
        if (!Boolean.getBoolean("lifecycle.bench")) {
            System.out.println("LifecycleBenchmark: set -Dlifecycle.bench=true to run it");
            return;
        }
        int rounds = Integer.getInteger("lifecycle.bench.rounds", 8);
        int perRound = Integer.getInteger("lifecycle.bench.perRound", 25);
        Files.createDirectories(DIR);
        report.add(String.format(Locale.ROOT, "Lifecycle benchmark: %d rounds x %d dossiers a side (after %d warm-up "
                + "rounds), sides alternating; %d wait states a dossier", rounds, perRound, 3, WAIT_STATES));
        try {
            for (String database : System.getProperty("lifecycle.bench.databases", "h2,postgres").split(",")) {
                run(database.strip(), rounds, perRound);
            }
        } finally {
            ClockUtil.reset();
        }
        System.out.println(String.join("\n", report));
    }

    private void run(String database, int rounds, int perRound) throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        String name;
        if (database.equals("h2")) {
            name = "H2 2.3 (file, WRITE_DELAY=0)";
            deleteH2Files();
            properties.put("spring.datasource.url", "jdbc:h2:file:./target/lifecycle-bench/h2;WRITE_DELAY=0");
        } else {
            name = "PostgreSQL";
            recreatePostgresDatabase();
            properties.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/" + POSTGRES_DATABASE);
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
        }
        // Timers stay in the database (nothing fires while the dossiers are driven), as in the tests.
        properties.put("camunda.bpm.job-execution.enabled", "false");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("motcua.signature.keystore", "./target/lifecycle-bench/demo-signing.p12");
        StatementCounter counter = new StatementCounter();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MotCuaApplication.class)
                .profiles("demo").initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(counter))
                // As arguments: they outrank application.yaml (default properties would not).
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new))) {
            Driver driver = new Driver(context, counter);
            // Monday 2 March 2026, 09:00: accepted before 15:00, a birth registration is due the same day at 17:00.
            ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, VIETNAM).toInstant()));
            for (int round = 0; round < 3; round++) {
                driver.round(Side.MOTCUA, perRound, false);
                driver.round(Side.BARE, perRound, false);
            }
            counter.drainBySql();
            counter.drainNanosBySql();
            for (int round = 0; round < rounds; round++) {
                Side first = round % 2 == 0 ? Side.MOTCUA : Side.BARE;
                Side second = first == Side.MOTCUA ? Side.BARE : Side.MOTCUA;
                driver.round(first, perRound, true);
                driver.round(second, perRound, true);
            }
            driver.report(name, counter);
        }
        if (!database.equals("h2")) {
            dropPostgresDatabase(); // a shared machine: nothing left behind
        }
    }

    /** Drives both sides through the services of one application context and keeps their figures apart. */
    private final class Driver {

        private final DossierIntake intake;
        private final ProcessEngine engine;
        private final TaskService tasks;
        private final StatementCounter counter;
        private final int bareVersion;
        private final Map<Side, Long> nanos = new EnumMap<>(Side.class);
        private final Map<Side, Integer> dossiers = new EnumMap<>(Side.class);
        private final Map<Side, Map<Step, Counts>> counts = new EnumMap<>(Side.class);
        private final Map<Side, Map<String, Long>> bySql = new EnumMap<>(Side.class);
        private final Map<Side, Map<String, Long>> nanosBySql = new EnumMap<>(Side.class);
        private final Map<Side, List<Double>> roundRates = new EnumMap<>(Side.class);
        private final Date appointment = Date.from(ZonedDateTime.of(2026, 3, 2, 17, 0, 0, 0, VIETNAM).toInstant());
        private final Date apology = Date.from(ZonedDateTime.of(2026, 3, 2, 15, 0, 0, 0, VIETNAM).toInstant());
        private int bareSequence;

        Driver(ConfigurableApplicationContext context, StatementCounter counter) {
            this.intake = context.getBean(DossierIntake.class);
            this.engine = context.getBean(ProcessEngine.class);
            this.tasks = engine.getTaskService();
            this.counter = counter;
            engine.getRepositoryService().createDeployment().name("lifecycle-benchmark-bare")
                    .addClasspathResource("bench/bare-procedure.bpmn").addClasspathResource("bench/bare-dossier.bpmn")
                    .deploy();
            ProcessDefinition procedure = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("bench-bare-procedure").latestVersion().singleResult();
            this.bareVersion = procedure.getVersion();
            for (Side side : Side.values()) {
                nanos.put(side, 0L);
                dossiers.put(side, 0);
                counts.put(side, new EnumMap<>(Step.class));
                bySql.put(side, new java.util.TreeMap<>());
                nanosBySql.put(side, new java.util.TreeMap<>());
                roundRates.put(side, new ArrayList<>());
            }
        }

        void round(Side side, int count, boolean measured) {
            Map<Step, Counts> steps = new EnumMap<>(Step.class);
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                if (side == Side.MOTCUA) {
                    motcua(steps);
                } else {
                    bare(steps);
                }
            }
            long elapsed = System.nanoTime() - start;
            Map<String, Long> sql = counter.drainBySql();
            Map<String, Long> sqlNanos = counter.drainNanosBySql();
            if (measured) {
                nanos.merge(side, elapsed, Long::sum);
                dossiers.merge(side, count, Integer::sum);
                steps.forEach((step, c) -> counts.get(side).merge(step, c, Counts::plus));
                sql.forEach((text, n) -> bySql.get(side).merge(text, n, Long::sum));
                sqlNanos.forEach((text, n) -> nanosBySql.get(side).merge(text, n, Long::sum));
                roundRates.get(side).add(count / (elapsed / 1e9));
            }
        }

        /** What POST /api/dossiers and the four forms do, through the same services. */
        private void motcua(Map<Step, Counts> steps) {
            Counts before = counter.now();
            String code = intake.receive(Dossiers.citizen("Nguyễn Văn An", "042226000123", "0912345678",
                    "an.nguyen@example.vn", Channel.ONLINE), "tiepnhan").dossier().code();
            before = step(steps, Step.INTAKE, before);
            complete(code, Map.of("checkDecision", "accept", "componentsDigitized", true));
            before = step(steps, Step.CHECK, before);
            complete(code, Map.of("childIdNumber", "042226000123", "registerNumber", "15"));
            before = step(steps, Step.PROCESS, before);
            complete(code, Map.of("approved", true, "electronicResult", true));
            before = step(steps, Step.APPROVE, before);
            complete(code, Map.of("returnMethod", "Trực tiếp"));
            step(steps, Step.RETURN, before);
        }

        /** The same calls on the bare model; the timer dates the frame's listener computes come as variables. */
        private void bare(Map<Step, Counts> steps) {
            Counts before = counter.now();
            String code = String.format(Locale.ROOT, "BARE-%07d", ++bareSequence);
            engine.getRuntimeService().startProcessInstanceByKey("bench-bare-dossier", code, Map.of(
                    "dossierCode", code, "procedureKey", "bench-bare-procedure", "procedureVersion", bareVersion,
                    "processingUnit", "justice"));
            before = step(steps, Step.INTAKE, before);
            complete(code, Map.of("checkDecision", "accept", "componentsDigitized", true, "appointmentAt", appointment,
                    "apologyAt", apology));
            before = step(steps, Step.CHECK, before);
            complete(code, Map.of("childIdNumber", "042226000123", "registerNumber", "15"));
            before = step(steps, Step.PROCESS, before);
            complete(code, Map.of("approved", true, "electronicResult", true));
            before = step(steps, Step.APPROVE, before);
            complete(code, Map.of("returnMethod", "Trực tiếp"));
            step(steps, Step.RETURN, before);
        }

        private void complete(String businessKey, Map<String, Object> variables) {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
            tasks.complete(task.getId(), variables);
        }

        private Counts step(Map<Step, Counts> steps, Step step, Counts before) {
            Counts now = counter.now();
            steps.merge(step, now.minus(before), Counts::plus);
            return now;
        }

        void report(String database, StatementCounter counter) throws Exception {
            double[] rate = new double[2];
            for (Side side : Side.values()) {
                int n = dossiers.get(side);
                Counts total = counts.get(side).values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
                rate[side.ordinal()] = n / (nanos.get(side) / 1e9);
                StringBuilder perStep = new StringBuilder();
                counts.get(side).forEach((step, c) -> perStep.append(String.format(Locale.ROOT, " %s %.1f/%.1f",
                        step.name().toLowerCase(Locale.ROOT), (double) c.statements() / n, (double) c.roundTrips() / n)));
                add(String.format(Locale.ROOT, "%s, %s: %.1f dossiers/s (%d dossiers; rounds %s); per dossier %.1f "
                                + "statements, %.1f round trips (%.1f commits); per wait state %.1f statements, %.1f round "
                                + "trips; statements/round trips by step:%s", database, side, rate[side.ordinal()], n,
                        rounds(roundRates.get(side)), (double) total.statements() / n, (double) total.roundTrips() / n,
                        (double) total.commits() / n, (double) total.statements() / n / WAIT_STATES,
                        (double) total.roundTrips() / n / WAIT_STATES, perStep));
                List<String> lines = new ArrayList<>();
                lines.add("statements a dossier, ms a dossier executing them, SQL (by time)");
                Map<String, Long> time = nanosBySql.get(side);
                bySql.get(side).keySet().stream().sorted((a, b) -> Long.compare(time.getOrDefault(b, 0L), time.getOrDefault(a, 0L)))
                        .forEach(sql -> lines.add(String.format(Locale.ROOT, "%8.2f %8.3f  %s", (double) bySql.get(side).get(sql) / n,
                                time.getOrDefault(sql, 0L) / 1e6 / n, sql)));
                lines.add(String.format(Locale.ROOT, "total: %.1f ms a dossier executing statements, of %.1f ms a dossier",
                        time.values().stream().mapToLong(Long::longValue).sum() / 1e6 / n, nanos.get(side) / 1e6 / n));
                Files.write(DIR.resolve("statements-" + (database.startsWith("H2") ? "h2" : "postgres") + "-"
                        + side.name().toLowerCase(Locale.ROOT) + ".txt"), lines);
            }
            double ratio = rate[Side.MOTCUA.ordinal()] / rate[Side.BARE.ordinal()];
            double perWaitState = perWaitState(Side.MOTCUA);
            add(String.format(Locale.ROOT, "%s: ratio MotCua/bare %.2f (target >= 0.8: %s); MotCua %.1f round trips a wait "
                            + "state (target <= 25: %s); load average %s", database, ratio, ratio >= 0.8 ? "met" : "MISSED",
                    perWaitState, perWaitState <= 25 ? "met" : "MISSED", loadAverage()));
        }

        private double perWaitState(Side side) {
            long roundTrips = counts.get(side).values().stream().mapToLong(Counts::roundTrips).sum();
            return (double) roundTrips / dossiers.get(side) / WAIT_STATES;
        }

        private String rounds(List<Double> rates) {
            return String.join(" ", rates.stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).toList());
        }
    }

    /** Each line as soon as it is known: a long run keeps what it measured. */
    private void add(String line) throws java.io.IOException {
        report.add(line);
        Files.write(DIR.resolve("report.txt"), report);
        System.out.println(line);
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f on %d cores",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void deleteH2Files() throws java.io.IOException {
        try (var files = Files.list(DIR)) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("h2")).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A database of its own, dropped and created for each run, as .ci/prepare-postgres does for the suite. */
    private static void recreatePostgresDatabase() throws Exception {
        dropPostgresDatabase();
        onPostgres("create database " + POSTGRES_DATABASE + " encoding 'UTF8' template template0");
    }

    private static void dropPostgresDatabase() throws Exception {
        onPostgres("drop database if exists " + POSTGRES_DATABASE + " with (force)");
    }

    private static void onPostgres(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
