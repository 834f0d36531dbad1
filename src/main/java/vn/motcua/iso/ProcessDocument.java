package vn.motcua.iso;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The ISO 9001 procedure document of one deployed process-definition version, read from the deployed
 * model: nothing here is typed by hand, so the document can never drift from what the engine runs.
 *
 * @param documentNumber stable across versions ("QT-1.004873"); the revision is the version
 * @param properties     every {@code procedure.*} and {@code iso.*} property of the process, in model order
 * @param timeLimit      the total legal time limit in Vietnamese, null when the model states none
 * @param retentionDays  the engine keeps the history this many days ({@code camunda:historyTimeToLive})
 * @param retention      the records' retention the model states ({@code procedure.retention} / {@code iso.retention})
 */
public record ProcessDocument(
        String definitionId,
        String key,
        int version,
        ProcessKind kind,
        String code,
        String name,
        String documentNumber,
        String purpose,
        Map<String, List<String>> properties,
        List<String> legalBasis,
        String timeLimit,
        String ownerUnit,
        Integer retentionDays,
        String retention,
        List<ProcessStep> steps,
        String deploymentId,
        String deploymentName,
        Instant deployedAt,
        boolean suspended) {

    public String revision() {
        return String.format("%02d", version);
    }

    public List<String> property(String name) {
        return properties.getOrDefault(name, List.of());
    }

    public String firstProperty(String name) {
        List<String> values = property(name);
        return values.isEmpty() ? null : values.get(0);
    }
}
