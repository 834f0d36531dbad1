package vn.motcua.kpi;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Dashboard latency at 1,000,000 resolved dossiers over 5 years, on H2 and on PostgreSQL, next to the
 * same on-time figure computed naively from Camunda's history tables (ACT_HI_PROCINST joined with
 * ACT_HI_VARINST, created with Camunda 7.24's own DDL and indexes) in the same run.
 *
 * <p>Not part of {@code mvn verify} (the class name matches no test pattern). Run it alone:
 * {@code mvn -o -q test -Dtest=KpiBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dkpi.bench=true}
 * (optional {@code -Dkpi.bench.dossiers=1000000 -Dkpi.bench.postgres=jdbc:postgresql://127.0.0.1:5432/test}).
 */
class KpiBenchmark {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[][] PROCEDURES = {
            {"1.001193", "Hộ tịch", "justice"}, {"1.004873", "Hộ tịch", "justice"}, {"1.000656", "Chứng thực", "justice"},
            {"1.003583", "Đất đai", "cadastral"}, {"1.001612", "Bảo trợ xã hội", "culture"},
            {"2.000986", "Thi đua, khen thưởng", "office"}, {"1.005462", "Văn hóa cơ sở", "culture"},
            {"2.002163", "Phí, lệ phí", "finance"}};
    private static final String[] CHANNELS = {"COUNTER", "ONLINE", "POST"};
    private static final int WARMUP = 100;
    private static final int RUNS = 100;
    private static final int NAIVE_RUNS = 10;

    /** Same run outside Maven (a copied classpath), with -Dkpi.bench=true. */
    public static void main(String[] args) throws Exception {
        new KpiBenchmark().dashboardLatency();
    }

    @Test
    void dashboardLatency() throws Exception {
        if (!Boolean.getBoolean("kpi.bench")) {
            System.out.println("KpiBenchmark: set -Dkpi.bench=true to run it");
            return;
        }
        int dossiers = Integer.getInteger("kpi.bench.dossiers", 1_000_000);
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "KPI dashboard benchmark: %,d resolved dossiers, 2021-2025, %d procedures, %d units",
                dossiers, PROCEDURES.length, 5));
        List<String> databases = List.of(System.getProperty("kpi.bench.databases", "postgres,h2").split(","));
        String postgres = System.getProperty("kpi.bench.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
                + "&currentSchema=kpi_bench&reWriteBatchedInserts=true");
        if (databases.contains("postgres")) {
            run("PostgreSQL", postgres, "postgres", dossiers, report);
        }
        if (databases.contains("h2")) {
            // H2 reuses the result of an identical query on unchanged tables: switched off, or the loop measures a cache.
            run("H2 2.3 (file)", "jdbc:h2:file:./target/kpi-bench/h2;OPTIMIZE_REUSE_RESULTS=FALSE;CACHE_SIZE=524288", "h2",
                    dossiers, report);
        }
        System.out.println(String.join("\n", report));
    }

    private void run(String name, String url, String dialect, int dossiers, List<String> report) throws Exception {
        if (dialect.equals("h2")) {
            java.nio.file.Path dir = java.nio.file.Path.of("target/kpi-bench");
            if (java.nio.file.Files.exists(dir)) {
                try (var files = java.nio.file.Files.list(dir)) {
                    for (java.nio.file.Path file : files.filter(p -> p.getFileName().toString().startsWith("h2")).toList()) {
                        java.nio.file.Files.delete(file);
                    }
                }
            }
        }
        try (Connection connection = dialect.equals("h2") ? DriverManager.getConnection(url, "sa", "")
                : DriverManager.getConnection(url)) {
            if (dialect.equals("postgres")) {
                try (Statement s = connection.createStatement()) {
                    s.execute("drop schema if exists kpi_bench cascade");
                    s.execute("create schema kpi_bench");
                    s.execute("set search_path to kpi_bench");
                }
            }
            createTables(connection, dialect);
            long started = System.nanoTime();
            generate(connection, dossiers);
            long generated = System.nanoTime();
            aggregate(connection);
            long aggregated = System.nanoTime();
            naiveHistory(connection);
            analyze(connection);
            report.add(String.format(Locale.ROOT, "%s: facts loaded in %.0f s, daily counters in %.0f s, Camunda history "
                    + "in %.0f s; load average %s", name, (generated - started) / 1e9, (aggregated - generated) / 1e9,
                    (System.nanoTime() - aggregated) / 1e9, loadAverage()));
            flush(report);

            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
            DailyCounters counters = new DailyCounters(new JdbcTemplate(dataSource), dataSource);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            for (Period period : List.of(Period.year(2024), Period.quarter(2024, 2))) {
                Supplier<Object> dashboard = () -> dashboard(counters, period);
                Supplier<Object> naive = () -> naiveOnTime(jdbc, period);
                double fast = onTimeFrom(counters, period);
                double slow = (Double) naive.get();
                long[] ours = time(dashboard, WARMUP, RUNS);
                long[] theirs = time(naive, 2, NAIVE_RUNS);
                report.add(String.format(Locale.ROOT,
                        "%s, %s: dashboard (reporting model) p50 %.1f ms, p95 %.1f ms (n=%d); naive on-time rate from "
                                + "ACT_HI_* p50 %.1f ms, p95 %.1f ms (n=%d); on-time rate %.2f %% both ways%s",
                        name, period.label(), ms(ours, 50), ms(ours, 95), RUNS, ms(theirs, 50), ms(theirs, 95), NAIVE_RUNS,
                        fast, Math.abs(fast - slow) < 0.005 ? "" : " (MISMATCH: naive " + slow + ")"));
                flush(report);
            }
        }
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f on %d cores",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Each line as soon as it is known: a long run keeps what it measured. */
    private static void flush(List<String> report) throws java.io.IOException {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/kpi-bench"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/kpi-bench/report.txt"), report);
        System.out.println(report.get(report.size() - 1));
    }

    /** What the KPI page loads: the indicators (two sums), the monthly trend and the breakdown by unit. */
    private static Object dashboard(DailyCounters counters, Period period) {
        List<Object> all = new ArrayList<>();
        all.add(counters.sum(period.from(), period.to(), Slice.ALL));
        all.add(counters.sum(period.from(), period.to(), new Slice(null, null, null, "ONLINE")));
        all.add(counters.sumByMonth(period.from(), period.to(), Slice.ALL));
        all.add(counters.sumBy(Dimension.UNIT, period.from(), period.to(), Slice.ALL));
        return all;
    }

    private static double onTimeFrom(DailyCounters counters, Period period) {
        var sums = counters.sum(period.from(), period.to(), Slice.ALL);
        return 100.0 * (sums.get(Counter.EARLY) + sums.get(Counter.ON_TIME)) / sums.get(Counter.RESOLVED);
    }

    /** The same figure from Camunda history: ended instances in the period and their timeliness variable. */
    private static Object naiveOnTime(JdbcTemplate jdbc, Period period) {
        Timestamp from = Timestamp.from(period.from().atStartOfDay(VIETNAM).toInstant());
        Timestamp to = Timestamp.from(period.to().plusDays(1).atStartOfDay(VIETNAM).toInstant());
        return jdbc.queryForObject("select 100.0 * sum(case when v.TEXT_ in ('EARLY', 'ON_TIME') then 1 else 0 end) "
                + "/ count(*) from ACT_HI_PROCINST p join ACT_HI_VARINST v on v.PROC_INST_ID_ = p.ID_ "
                + "and v.NAME_ = 'timeliness' where p.PROC_DEF_KEY_ = 'dossier' and p.END_TIME_ >= ? and p.END_TIME_ < ?",
                (rs, row) -> rs.getDouble(1), from, to);
    }

    private static long[] time(Supplier<Object> query, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            query.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double ms(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void createTables(Connection connection, String dialect) throws Exception {
        try (Statement s = connection.createStatement()) {
            for (String migration : List.of("V30__kpi_reporting_model.sql", "V31__kpi_reuse_identity_conformance_ratings.sql")) {
                for (String sql : statements(read("db/migration/" + migration))) {
                    s.execute(sql);
                }
            }
            // Camunda 7.24's own DDL and indexes for the two history tables the naive figure reads.
            for (String sql : statements(read("org/camunda/bpm/engine/db/create/activiti." + dialect
                    + ".create.history.sql"))) {
                String upper = sql.toUpperCase(Locale.ROOT);
                if (upper.matches("(?s).*\\bON ACT_HI_(PROCINST|VARINST)\\b.*")
                        || upper.matches("(?s).*CREATE TABLE ACT_HI_(PROCINST|VARINST) .*")) {
                    s.execute(sql);
                }
            }
        }
    }

    private static void generate(Connection connection, int dossiers) throws SQLException {
        connection.setAutoCommit(false);
        Random random = new Random(7);
        LocalDate first = LocalDate.of(2021, 1, 1);
        int days = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
        String sql = "insert into kpi_dossier_fact (dossier_code, procedure_code, procedure_name, field, unit_id, channel, "
                + "status, received_at, received_day, accepted_at, appointment_at, due_at, finished_at, finished_day, "
                + "timeliness, supplement_requests, paused, components_digitized, result_electronic, "
                + "transferred_electronically, papers_reused, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, 'RETURNED', ?, ?, ?, ?, ?, ?, ?, ?, 0, false, ?, ?, true, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < dossiers; i++) {
                String[] procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
                LocalDate day = first.plusDays(random.nextInt(days));
                ZonedDateTime received = day.atTime(7 + random.nextInt(9), random.nextInt(60)).atZone(VIETNAM);
                ZonedDateTime appointment = received.plusDays(3).withHour(17).withMinute(0);
                int outcome = random.nextInt(100);
                String timeliness = outcome < 55 ? "EARLY" : outcome < 92 ? "ON_TIME" : "LATE";
                ZonedDateTime finished = switch (timeliness) {
                    case "EARLY" -> received.plusDays(1 + random.nextInt(2));
                    case "ON_TIME" -> appointment.minusHours(1 + random.nextInt(4));
                    default -> appointment.plusDays(1 + random.nextInt(5));
                };
                boolean online = random.nextInt(100) < 45;
                int p = 1;
                insert.setString(p++, String.format("BENCH-%07d", i));
                insert.setString(p++, procedure[0]);
                insert.setString(p++, "Thủ tục " + procedure[0]);
                insert.setString(p++, procedure[1]);
                insert.setString(p++, procedure[2]);
                insert.setString(p++, online ? "ONLINE" : CHANNELS[random.nextInt(100) < 90 ? 0 : 2]);
                insert.setTimestamp(p++, ts(received.toInstant()));
                insert.setObject(p++, received.toLocalDate());
                insert.setTimestamp(p++, ts(received.toInstant()));
                insert.setTimestamp(p++, ts(appointment.toInstant()));
                insert.setTimestamp(p++, ts(appointment.toInstant()));
                insert.setTimestamp(p++, ts(finished.toInstant()));
                insert.setObject(p++, finished.toLocalDate());
                insert.setString(p++, timeliness);
                boolean digitized = online || random.nextInt(100) < 50;
                insert.setBoolean(p++, digitized);
                insert.setBoolean(p++, random.nextInt(100) < 70);
                insert.setBoolean(p++, random.nextInt(100) < 20);
                insert.setTimestamp(p, ts(finished.toInstant()));
                insert.addBatch();
                if (i % 5000 == 4999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        connection.setAutoCommit(true);
    }

    /** The daily counters exactly as the dossier events would have left them (same day and outcome rules). */
    private static void aggregate(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    insert into kpi_daily (stat_day, procedure_code, unit_id, channel, field, received, resolved, early,
                      on_time, late, digitized, result_electronic, transferred_electronically, papers_reused,
                      resolution_minutes, withdrawn, cancelled, refused)
                    select d, procedure_code, unit_id, channel, max(field), sum(rcv), sum(res), sum(e), sum(o), sum(l),
                      sum(dg), sum(re), sum(tr), sum(pr), sum(mins), 0, 0, 0
                    from (
                      select received_day d, procedure_code, unit_id, channel, field, 1 rcv, 0 res, 0 e, 0 o, 0 l, 0 dg,
                        0 re, 0 tr, 0 pr, 0 mins from kpi_dossier_fact
                      union all
                      select finished_day, procedure_code, unit_id, channel, field, 0, 1,
                        case when timeliness = 'EARLY' then 1 else 0 end, case when timeliness = 'ON_TIME' then 1 else 0 end,
                        case when timeliness = 'LATE' then 1 else 0 end,
                        case when components_digitized and result_electronic then 1 else 0 end,
                        case when result_electronic then 1 else 0 end, case when transferred_electronically then 1 else 0 end,
                        case when papers_reused then 1 else 0 end, 0 from kpi_dossier_fact) x
                    group by d, procedure_code, unit_id, channel
                    """);
            // Monthly rows are the daily ones summed per month, as the same deltas leave them.
            s.execute("insert into kpi_monthly (stat_month, procedure_code, unit_id, channel, field, received, resolved, "
                    + "early, on_time, late, digitized, result_electronic, transferred_electronically, papers_reused, "
                    + "resolution_minutes, withdrawn, cancelled, refused) select cast(date_trunc('month', stat_day) as date), "
                    + "procedure_code, unit_id, channel, max(field), sum(received), sum(resolved), sum(early), sum(on_time), "
                    + "sum(late), sum(digitized), sum(result_electronic), sum(transferred_electronically), "
                    + "sum(papers_reused), sum(resolution_minutes), 0, 0, 0 from kpi_daily "
                    + "group by cast(date_trunc('month', stat_day) as date), procedure_code, unit_id, channel");
        }
    }

    /** Camunda history as the engine would have written it: one process instance and its variables. */
    private static void naiveHistory(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, "
                    + "START_TIME_, END_TIME_, DURATION_, STATE_) select dossier_code, dossier_code, dossier_code, 'dossier', "
                    + "'dossier:1:1', received_at, finished_at, 0, 'COMPLETED' from kpi_dossier_fact");
            // Two variables per instance (the real frame has more, which only makes the naive path slower).
            String[][] variables = {{"timeliness", "timeliness"}, {"procedureCode", "procedure_code"}};
            for (String[] variable : variables) {
                s.execute("insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, "
                        + "EXECUTION_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, TEXT_, STATE_) select dossier_code || '-"
                        + variable[0] + "', 'dossier', 'dossier:1:1', dossier_code, dossier_code, dossier_code, '"
                        + variable[0] + "', 'string', received_at, 1, " + variable[1] + ", 'CREATED' from kpi_dossier_fact");
            }
        }
    }

    private static void analyze(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("analyze"); // fresh statistics for both planners
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String read(String resource) throws Exception {
        try (InputStream in = KpiBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        for (String statement : script.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }
}
