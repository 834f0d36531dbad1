package vn.motcua.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code kpi_dossier_fact} table: one row per dossier. */
@Repository
class FactStore {

    private static final String COLUMNS = "dossier_code, procedure_code, procedure_name, field, unit_id, channel, status, "
            + "received_at, received_day, accepted_at, appointment_at, due_at, finished_at, finished_day, timeliness, "
            + "supplement_requests, paused, components_digitized, result_electronic, transferred_electronically, "
            + "papers_reused, reuse_possible, resubmitted, identified, conforming, rated_at, rated_day, rating_satisfied, "
            + "service_satisfied";

    private final JdbcTemplate jdbc;

    FactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DossierFact> find(String code) {
        return jdbc.query("select " + COLUMNS + " from kpi_dossier_fact where dossier_code = ?", FactStore::map, code)
                .stream().findFirst();
    }

    /** Only one transaction changes a dossier at a time (its optimistic version), so update-or-insert is safe here. */
    void save(DossierFact fact, Instant now) {
        Object[] values = values(fact, now);
        int updated = jdbc.update("update kpi_dossier_fact set procedure_code = ?, procedure_name = ?, field = ?, "
                + "unit_id = ?, channel = ?, status = ?, received_at = ?, received_day = ?, accepted_at = ?, "
                + "appointment_at = ?, due_at = ?, finished_at = ?, finished_day = ?, timeliness = ?, "
                + "supplement_requests = ?, paused = ?, components_digitized = ?, result_electronic = ?, "
                + "transferred_electronically = ?, papers_reused = ?, reuse_possible = ?, resubmitted = ?, identified = ?, "
                + "conforming = ?, rated_at = ?, rated_day = ?, rating_satisfied = ?, service_satisfied = ?, "
                + "updated_at = ? where dossier_code = ?",
                rotateKeyLast(values));
        if (updated == 0) {
            jdbc.update("insert into kpi_dossier_fact (" + COLUMNS + ", updated_at) values "
                    + "(" + "?, ".repeat(values.length - 1) + "?)", values);
        }
    }

    private static Object[] values(DossierFact fact, Instant now) {
        return new Object[] {fact.dossierCode(), fact.procedureCode(), fact.procedureName(), fact.field(), fact.unitId(),
                fact.channel(), fact.status(), ts(fact.receivedAt()), fact.receivedDay(), ts(fact.acceptedAt()),
                ts(fact.appointmentAt()), ts(fact.dueAt()), ts(fact.finishedAt()), fact.finishedDay(), fact.timeliness(),
                fact.supplementRequests(), fact.paused(), fact.componentsDigitized(), fact.resultElectronic(),
                fact.transferredElectronically(), fact.papersReused(), fact.reusePossible(), fact.resubmitted(),
                fact.identified(), fact.conforming(), ts(fact.ratedAt()), fact.ratedDay(), fact.ratingSatisfied(),
                fact.serviceSatisfied(), ts(now)};
    }

    /** Insert order (code first) to update order (code last, in the where clause). */
    private static Object[] rotateKeyLast(Object[] values) {
        Object[] rotated = new Object[values.length];
        System.arraycopy(values, 1, rotated, 0, values.length - 1);
        rotated[values.length - 1] = values[0];
        return rotated;
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static DossierFact map(ResultSet rs, int row) throws SQLException {
        return new DossierFact(rs.getString("dossier_code"), rs.getString("procedure_code"),
                rs.getString("procedure_name"), rs.getString("field"), rs.getString("unit_id"), rs.getString("channel"),
                rs.getString("status"), instant(rs, "received_at"), date(rs, "received_day"), instant(rs, "accepted_at"),
                instant(rs, "appointment_at"), instant(rs, "due_at"), instant(rs, "finished_at"),
                date(rs, "finished_day"), rs.getString("timeliness"), rs.getInt("supplement_requests"),
                rs.getBoolean("paused"), rs.getBoolean("components_digitized"), rs.getBoolean("result_electronic"),
                rs.getBoolean("transferred_electronically"), rs.getBoolean("papers_reused"),
                rs.getBoolean("reuse_possible"), rs.getBoolean("resubmitted"), bool(rs, "identified"),
                bool(rs, "conforming"), instant(rs, "rated_at"), date(rs, "rated_day"), bool(rs, "rating_satisfied"),
                bool(rs, "service_satisfied"));
    }
}
