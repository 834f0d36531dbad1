package vn.motcua.iso;

import java.time.Instant;

/** One deployed version of a process: the revision history of its ISO document. */
public record Revision(
        int version,
        String revision,
        String definitionId,
        String deploymentId,
        String deploymentName,
        Instant deployedAt,
        String status) {

    static Revision of(ProcessDocument document) {
        return new Revision(document.version(), document.revision(), document.definitionId(),
                document.deploymentId(), document.deploymentName(), document.deployedAt(),
                status(document.suspended()));
    }

    static String status(boolean suspended) {
        return suspended ? "Tạm ngừng" : "Đang áp dụng";
    }
}
