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
        if (increment(delta) == 0) {
            // Two dossiers may open the same day's row at once: the loser's insert fails in its own
            // savepoint (so the dossier's transaction survives) and it increments the winner's row.
            insertEmptyRow(delta);
            increment(delta);
        }
    }

    private void insertEmptyRow(DailyDelta delta) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            boolean inTransaction = !connection.getAutoCommit();
            Savepoint savepoint = inTransaction ? connection.setSavepoint() : null;
            try {
                jdbc.update("insert into kpi_daily (stat_day, procedure_code, unit_id, channel, field, " + columns()
                                + ") values (?, ?, ?, ?, ?, " + zeros() + ")",
                        delta.day(), delta.procedureCode(), delta.unitId(), delta.channel(), delta.field());
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

    private int increment(DailyDelta delta) {
        List<Object> arguments = new ArrayList<>();
        String sets = delta.counts().entrySet().stream().map(entry -> {
            arguments.add(entry.getValue());
            return entry.getKey().column() + " = " + entry.getKey().column() + " + ?";
        }).collect(Collectors.joining(", "));
        arguments.addAll(List.of(java.sql.Date.valueOf(delta.day()), delta.procedureCode(), delta.unitId(), delta.channel()));
        return jdbc.update("update kpi_daily set " + sets
                + " where stat_day = ? and procedure_code = ? and unit_id = ? and channel = ?", arguments.toArray());
    }

    /** The counters summed over [from, to], optionally for one unit, procedure, field or channel. */
    Map<Counter, Long> sum(LocalDate from, LocalDate to, Slice slice) {
        List<Object> arguments = new ArrayList<>(List.of(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)));
        String where = "stat_day between ? and ?" + slice.sql(arguments);
        return jdbc.queryForObject("select " + SUMS + " from kpi_daily where " + where,
                (rs, row) -> read(rs, 1), arguments.toArray());
    }

    /** The counters summed over [from, to] per value of one dimension (unit, procedure, field or channel). */
    Map<String, Map<Counter, Long>> sumBy(Dimension dimension, LocalDate from, LocalDate to, Slice slice) {
        List<Object> arguments = new ArrayList<>(List.of(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)));
        String where = "stat_day between ? and ?" + slice.sql(arguments);
        Map<String, Map<Counter, Long>> result = new LinkedHashMap<>();
        jdbc.query("select " + dimension.column() + ", " + SUMS + " from kpi_daily where " + where + " group by "
                + dimension.column() + " order by " + dimension.column(), rs -> {
                    result.put(rs.getString(1), read(rs, 2));
                }, arguments.toArray());
        return result;
    }

    /** Monthly sums for a trend chart: key "yyyy-MM". */
    Map<String, Map<Counter, Long>> sumByMonth(LocalDate from, LocalDate to, Slice slice) {
        List<Object> arguments = new ArrayList<>(List.of(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)));
        String where = "stat_day between ? and ?" + slice.sql(arguments);
        Map<String, Map<Counter, Long>> result = new LinkedHashMap<>();
        jdbc.query("select extract(year from stat_day) y, extract(month from stat_day) m, " + SUMS + " from kpi_daily where "
                + where + " group by extract(year from stat_day), extract(month from stat_day) order by 1, 2", rs -> {
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
