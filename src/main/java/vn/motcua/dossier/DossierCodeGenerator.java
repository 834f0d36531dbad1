package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dossier codes in the provincial format {@code <agency code>-<yyMMdd>-<daily sequence, at least 4 digits>},
 * e.g. {@code 000.00.15.H30-261126-0007} (TT 03/2025/TT-VPCP Art. 13; see docs/dossier-lifecycle.md).
 * The counter is taken in its own transactions so concurrent desks never share a number; a number
 * whose dossier is then rolled back is simply skipped.
 */
@Component
class DossierCodeGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcTemplate jdbc;
    private final DossierProperties properties;
    private final TransactionTemplate ownTransaction;

    DossierCodeGenerator(JdbcTemplate jdbc, DossierProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String next(LocalDate day) {
        return "%s-%s-%04d".formatted(properties.agencyCode(), DAY.format(day), nextValue(day));
    }

    private int nextValue(LocalDate day) {
        String agency = properties.agencyCode();
        // Each attempt in a transaction of its own: on PostgreSQL a failed insert aborts its transaction.
        for (int attempt = 0; attempt < 3; attempt++) {
            Integer updated = ownTransaction.execute(status -> {
                int rows = jdbc.update("update dossier_sequence set last_value = last_value + 1 "
                        + "where agency_code = ? and seq_day = ?", agency, day);
                return rows == 1 ? jdbc.queryForObject(
                        "select last_value from dossier_sequence where agency_code = ? and seq_day = ?",
                        Integer.class, agency, day) : null;
            });
            if (updated != null) {
                return updated;
            }
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "insert into dossier_sequence (agency_code, seq_day, last_value) values (?, ?, 1)", agency, day));
                return 1;
            } catch (DuplicateKeyException anotherDeskWasFirst) {
                // the row exists now: take the next number with the update above
            }
        }
        throw new IllegalStateException("Không cấp được mã hồ sơ cho ngày " + day);
    }
}
