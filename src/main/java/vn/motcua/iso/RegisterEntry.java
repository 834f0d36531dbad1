package vn.motcua.iso;

import java.time.Instant;

/** One line of the register of procedures and internal processes: the version in force of one process. */
public record RegisterEntry(
        ProcessKind kind,
        String kindLabel,
        String code,
        String name,
        String documentNumber,
        String key,
        int currentVersion,
        String definitionId,
        Instant deployedAt,
        String deploymentId,
        String deploymentName,
        boolean suspended,
        String status,
        String ownerUnit) {

    static RegisterEntry of(ProcessDocument document) {
        return new RegisterEntry(document.kind(), document.kind().label(), document.code(), document.name(),
                document.documentNumber(), document.key(), document.version(), document.definitionId(),
                document.deployedAt(), document.deploymentId(), document.deploymentName(), document.suspended(),
                Revision.status(document.suspended()), document.ownerUnit());
    }
}
