package vn.motcua.web;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Whether a failed write lost a race on a unique key (a double tap, a retry): the other request already
 * wrote the same thing, so the answer is 409. Any other integrity violation (a null or too long value) is
 * a defect and must stay visible as one, not pass for a harmless race.
 */
public final class UniqueKeyRace {

    /** SQLSTATE of a unique violation, on PostgreSQL and on H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeyRace() {
    }

    public static boolean lost(Throwable failure) {
        if (!(failure instanceof DataIntegrityViolationException)) {
            return false;
        }
        if (failure instanceof DuplicateKeyException) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
