package vn.motcua.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.web.InvalidRequestException;

/** The dossiers behind a figure: the same day and outcome rules as the counters, read from the fact table. */
@Component
public class DrillDown {

    static final int LIMIT = 1000;

    /** What a figure counts, and where in the fact table that is. */
    public enum Measure {
        RECEIVED("received_day between ? and ?"),
        ONLINE("received_day between ? and ? and channel = 'ONLINE'"),
        RESOLVED("finished_day between ? and ? and timeliness is not null"),
        EARLY("finished_day between ? and ? and timeliness = 'EARLY'"),
        ON_TIME("finished_day between ? and ? and timeliness = 'ON_TIME'"),
        LATE("finished_day between ? and ? and timeliness = 'LATE'"),
        DIGITIZED("finished_day between ? and ? and timeliness is not null and components_digitized and result_electronic"),
        NOT_DIGITIZED("finished_day between ? and ? and timeliness is not null "
                + "and not (components_digitized and result_electronic)"),
        WITHDRAWN("finished_day between ? and ? and status = 'WITHDRAWN'"),
        CANCELLED("finished_day between ? and ? and status = 'CANCELLED'"),
        REFUSED("finished_day between ? and ? and status = 'REFUSED'"),
        /** NO-RESUBMIT: a paper on file was handed in again. */
        RESUBMITTED("received_day between ? and ? and resubmitted"),
        /** EID-USERS: online, the applicant not identified electronically. */
        NOT_IDENTIFIED("received_day between ? and ? and channel = 'ONLINE' and (identified is null or not identified)"),
        /** ISO-PROCEDURES: resolved, late or off the defined procedure. */
        NOT_CONFORMING("finished_day between ? and ? and timeliness is not null and (conforming is null or not conforming)"),
        /** TTHC-SATISF: rated "không hài lòng" on some criterion. */
        NOT_SATISFIED("rated_day between ? and ? and not rating_satisfied"),
        /** SVC-SATISF: rated "không hài lòng" on the officials' attitude. */
        SERVICE_NOT_SATISFIED("rated_day between ? and ? and not service_satisfied");

        private final String where;

        Measure(String where) {
            this.where = where;
        }
    }

    /** One dossier behind a figure. */
    public record Row(String code, String procedureCode, String procedureName, String field, String unitId,
                      String channel, String status, Instant receivedAt, Instant appointmentAt, Instant finishedAt,
                      String timeliness) {
    }

    private final JdbcTemplate jdbc;

    DrillDown(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static Measure measure(String name) {
        try {
            return Measure.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException("Chỉ số cần xem chi tiết không hợp lệ: " + name);
        }
    }

    public List<Row> dossiers(Measure measure, Period period, Slice slice) {
        List<Object> arguments = new ArrayList<>(List.of(java.sql.Date.valueOf(period.from()),
                java.sql.Date.valueOf(period.to())));
        String where = measure.where + slice.sql(arguments);
        return jdbc.query("select dossier_code, procedure_code, procedure_name, field, unit_id, channel, status, "
                + "received_at, appointment_at, finished_at, timeliness from kpi_dossier_fact where " + where
                + " order by dossier_code fetch first " + LIMIT + " rows only", (rs, row) -> new Row(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)),
                rs.getString(11)), arguments.toArray());
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
