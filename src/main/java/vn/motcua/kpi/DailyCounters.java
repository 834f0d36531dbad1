package vn.motcua.kpi;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** The {@code kpi_daily} counters: changed by deltas, summed over a period. */
@Repository
class DailyCounters {

    private static final String SUMS = Arrays.stream(Counter.values())
            .map(counter -> "coalesce(sum(" + counter.column() + "), 0)").collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    DailyCounters(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void apply(DailyDelta delta) {
        if (delta.isZero()) {
            return;
        }
        apply(Table.DAILY, delta, delta.day());
        apply(Table.MONTHLY, delta, delta.day().withDayOfMonth(1));
    }

    /** The two tables of counters and their key column. */
    private enum Table {
        DAILY("kpi_daily", "stat_day"), MONTHLY("kpi_monthly", "stat_month");

        final String name;
        final String key;

        Table(String name, String key) {
            this.name = name;
            this.key = key;
        }
    }

    private void apply(Table table, DailyDelta delta, LocalDate key) {
        if (increment(table, delta, key) == 0) {
            // Two dossiers may open the same row at once: the loser's insert fails in its own
            // savepoint (so the dossier's transaction survives) and it increments the winner's row.
            insertEmptyRow(table, delta, key);
            increment(table, delta, key);
        }
    }

    private void insertEmptyRow(Table table, DailyDelta delta, LocalDate key) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            boolean inTransaction = !connection.getAutoCommit();
            Savepoint savepoint = inTransaction ? connection.setSavepoint() : null;
            try {
                jdbc.update("insert into " + table.name + " (" + table.key + ", procedure_code, unit_id, channel, field, "
                                + columns() + ") values (?, ?, ?, ?, ?, " + zeros() + ")",
                        key, delta.procedureCode(), delta.unitId(), delta.channel(), delta.field());
                if (savepoint != null) {
                    connection.releaseSavepoint(savepoint);
                }
            } catch (DuplicateKeyException createdByTheOtherTransaction) {
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Không ghi được bộ đếm chỉ số", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private int increment(Table table, DailyDelta delta, LocalDate key) {
        List<Object> arguments = new ArrayList<>();
        String sets = delta.counts().entrySet().stream().map(entry -> {
            arguments.add(entry.getValue());
            return entry.getKey().column() + " = " + entry.getKey().column() + " + ?";
        }).collect(Collectors.joining(", "));
        arguments.addAll(List.of(java.sql.Date.valueOf(key), delta.procedureCode(), delta.unitId(), delta.channel()));
        return jdbc.update("update " + table.name + " set " + sets + " where " + table.key
                + " = ? and procedure_code = ? and unit_id = ? and channel = ?", arguments.toArray());
    }

    /** The counters summed over [from, to], optionally for one unit, procedure, field or channel. */
    Map<Counter, Long> sum(LocalDate from, LocalDate to, Slice slice) {
        List<Object> arguments = new ArrayList<>();
        String source = source(from, to, slice, arguments);
        return jdbc.queryForObject("select " + SUMS + " from " + source, (rs, row) -> read(rs, 1), arguments.toArray());
    }

    /**
     * The rows covering [from, to]: whole months from {@code kpi_monthly}, the partial months at either
     * end from {@code kpi_daily}. A year or a quarter thus reads only monthly rows.
     */
    private static String source(LocalDate from, LocalDate to, Slice slice, List<Object> arguments) {
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = to.plusDays(1).getDayOfMonth() == 1 ? to : to.withDayOfMonth(1).minusDays(1);
        String columns = "procedure_code, unit_id, channel, field, " + columns();
        List<String> parts = new ArrayList<>();
        if (firstWhole.isAfter(lastWholeEnd)) {
            parts.add(daily(columns, from, to, slice, arguments));
        } else {
            parts.add("select stat_month as stat_day, " + columns + " from kpi_monthly where stat_month between ? and ?"
                    + bind(arguments, firstWhole, lastWholeEnd.withDayOfMonth(1), slice));
            if (from.isBefore(firstWhole)) {
                parts.add(daily(columns, from, firstWhole.minusDays(1), slice, arguments));
            }
            if (to.isAfter(lastWholeEnd)) {
                parts.add(daily(columns, lastWholeEnd.plusDays(1), to, slice, arguments));
            }
        }
        return "(" + String.join(" union all ", parts) + ") k";
    }

    private static String daily(String columns, LocalDate from, LocalDate to, Slice slice, List<Object> arguments) {
        return "select stat_day, " + columns + " from kpi_daily where stat_day between ? and ?"
                + bind(arguments, from, to, slice);
    }

    private static String bind(List<Object> arguments, LocalDate from, LocalDate to, Slice slice) {
        arguments.add(java.sql.Date.valueOf(from));
        arguments.add(java.sql.Date.valueOf(to));
        return slice.sql(arguments);
    }

    /** The counters summed over [from, to] per value of one dimension (unit, procedure, field or channel). */
    Map<String, Map<Counter, Long>> sumBy(Dimension dimension, LocalDate from, LocalDate to, Slice slice) {
        List<Object> arguments = new ArrayList<>();
        String source = source(from, to, slice, arguments);
        Map<String, Map<Counter, Long>> result = new LinkedHashMap<>();
        jdbc.query("select " + dimension.column() + ", " + SUMS + " from " + source + " group by "
                + dimension.column() + " order by " + dimension.column(), rs -> {
                    result.put(rs.getString(1), read(rs, 2));
                }, arguments.toArray());
        return result;
    }

    /** Monthly sums for a trend chart: key "yyyy-MM". */
    Map<String, Map<Counter, Long>> sumByMonth(LocalDate from, LocalDate to, Slice slice) {
        List<Object> arguments = new ArrayList<>();
        String source = source(from, to, slice, arguments);
        Map<String, Map<Counter, Long>> result = new LinkedHashMap<>();
        jdbc.query("select extract(year from stat_day) y, extract(month from stat_day) m, " + SUMS + " from " + source
                + " group by extract(year from stat_day), extract(month from stat_day) order by 1, 2", rs -> {
                    result.put(String.format("%04d-%02d", rs.getInt(1), rs.getInt(2)), read(rs, 3));
                }, arguments.toArray());
        return result;
    }

    private static Map<Counter, Long> read(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        Map<Counter, Long> sums = new EnumMap<>(Counter.class);
        Counter[] counters = Counter.values();
        for (int i = 0; i < counters.length; i++) {
            sums.put(counters[i], rs.getLong(first + i));
        }
        return sums;
    }

    private static String columns() {
        return Arrays.stream(Counter.values()).map(Counter::column).collect(Collectors.joining(", "));
    }

    private static String zeros() {
        return Arrays.stream(Counter.values()).map(counter -> "0").collect(Collectors.joining(", "));
    }
}
