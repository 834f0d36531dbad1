package vn.motcua.procedure;

import java.util.List;

import vn.motcua.calendar.deadline.TimeLimit;

/**
 * An administrative procedure as its deployed BPMN model states it (extension properties
 * {@code procedure.*} on the process). Nothing here is repeated in Java or YAML.
 *
 * @param processKey          the processing part, called by the shared dossier frame
 * @param processDefinitionId the deployed version this was read from
 * @param version             that version's number; a dossier keeps the version in force when it was received
 */
public record Procedure(
        String code,
        String name,
        String field,
        String processKey,
        String processDefinitionId,
        int version,
        TimeLimit timeLimit,
        String legalBasis,
        String responsibleUnit,
        List<String> papers,
        String result,
        String fee) {
}
