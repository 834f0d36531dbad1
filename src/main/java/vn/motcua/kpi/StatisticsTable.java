package vn.motcua.kpi;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.MotCuaProperties;

/**
 * The official table of procedure handling for a period, per field (lĩnh vực), in the layout of form
 * "Biểu số II.06a/VPCP/KSTT — Tình hình, kết quả giải quyết TTHC tại cơ quan, đơn vị trực tiếp giải
 * quyết TTHC" (Circular 01/2020/TT-VPCP, Appendix II; see docs/kpi.md for what is verified), plus our
 * columns for paused and withdrawn/cancelled dossiers. A dossier counts from its acceptance (tiếp nhận
 * đủ hồ sơ hợp lệ); refused dossiers were never accepted and are not in the table.
 */
@Component
public class StatisticsTable {

    static final String FORM = "Biểu số II.06a/VPCP/KSTT";

    /**
     * One line of the form; {@code field} is null for the total line. {@code paused} is "of which paused":
     * a paused dossier is still in progress, within or past its due date (the pauses excluded).
     */
    public record Line(String field, long carriedOver, long newOnline, long newCounterOrPost, long resolvedEarly,
                       long resolvedOnTime, long resolvedLate, long inProgressNotDue, long inProgressOverdue,
                       long paused, long withdrawnOrCancelled) {

        public long received() {
            return carriedOver + newOnline + newCounterOrPost;
        }

        public long resolved() {
            return resolvedEarly + resolvedOnTime + resolvedLate;
        }

        public long inProgress() {
            return inProgressNotDue + inProgressOverdue;
        }

        Line plus(Line other) {
            return new Line(null, carriedOver + other.carriedOver, newOnline + other.newOnline,
                    newCounterOrPost + other.newCounterOrPost, resolvedEarly + other.resolvedEarly,
                    resolvedOnTime + other.resolvedOnTime, resolvedLate + other.resolvedLate,
                    inProgressNotDue + other.inProgressNotDue, inProgressOverdue + other.inProgressOverdue,
                    paused + other.paused, withdrawnOrCancelled + other.withdrawnOrCancelled);
        }
    }

    public record Table(Period period, List<Line> lines, Line total) {
    }

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    StatisticsTable(JdbcTemplate jdbc, MotCuaProperties motcua) {
        this.jdbc = jdbc;
        this.zone = motcua.zone();
    }

    @Transactional(readOnly = true)
    public Table of(Period period) {
        Timestamp start = Timestamp.from(period.from().atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(period.to().plusDays(1).atStartOfDay(zone).toInstant());
        // Open at the end of the period: accepted before it ends and not finished by then.
        String open = "(accepted_at < :end and (finished_at is null or finished_at >= :end))";
        // Paused at the end of the period (a pause begun before it ends and not yet over), from the pause
        // ledger: the fact's own flag is only the dossier's state now.
        String paused = "exists (select 1 from dossier_pause p join dossier d on d.id = p.dossier_id "
                + "where d.code = f.dossier_code and p.paused_at < :end and (p.resumed_at is null or p.resumed_at >= :end))";
        String sql = """
                select field,
                  sum(case when accepted_at < :start then 1 else 0 end),
                  sum(case when accepted_at >= :start and channel = 'ONLINE' then 1 else 0 end),
                  sum(case when accepted_at >= :start and channel <> 'ONLINE' then 1 else 0 end),
                  sum(case when finished_at < :end and timeliness = 'EARLY' then 1 else 0 end),
                  sum(case when finished_at < :end and timeliness = 'ON_TIME' then 1 else 0 end),
                  sum(case when finished_at < :end and timeliness = 'LATE' then 1 else 0 end),
                  sum(case when OPEN and (due_at is null or due_at >= :end) then 1 else 0 end),
                  sum(case when OPEN and due_at < :end then 1 else 0 end),
                  sum(case when OPEN and PAUSED then 1 else 0 end),
                  sum(case when finished_at < :end and status in ('WITHDRAWN', 'CANCELLED') then 1 else 0 end)
                from kpi_dossier_fact f
                where accepted_at is not null and accepted_at < :end and (finished_at is null or finished_at >= :start)
                group by field order by field
                """.replace("OPEN", open).replace("PAUSED", paused);
        List<Object> arguments = new ArrayList<>();
        StringBuilder positional = new StringBuilder();
        java.util.regex.Matcher names = java.util.regex.Pattern.compile(":(start|end)").matcher(sql);
        while (names.find()) {
            arguments.add(names.group(1).equals("start") ? start : end);
            names.appendReplacement(positional, "?");
        }
        names.appendTail(positional);
        List<Line> lines = jdbc.query(positional.toString(), (rs, row) -> new Line(rs.getString(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                rs.getLong(10), rs.getLong(11)), arguments.toArray());
        Line total = lines.stream().reduce(new Line(null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Line::plus);
        return new Table(period, lines, total);
    }
}
