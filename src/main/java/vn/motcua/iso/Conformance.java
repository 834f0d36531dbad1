package vn.motcua.iso;

import java.time.LocalDate;
import java.util.List;

/**
 * How the dossiers of one process started in a period kept to the defined steps and budgets.
 *
 * @param conforming dossiers without any deviation
 */
public record Conformance(String processKey, String name, LocalDate from, LocalDate to, int total, int conforming,
        List<Dossier> dossiers) {

    /** One dossier (business key) and what, if anything, departed from the model. */
    public record Dossier(String code, String processInstanceId, int version, String state, List<String> deviations) {

        public boolean conforms() {
            return deviations.isEmpty();
        }
    }
}
