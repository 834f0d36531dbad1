package vn.motcua.dossier;

import java.time.Instant;

/** What a list of a dossier's files shows, without their content. */
public record AttachmentSummary(Long id, String fileName, String contentType, long sizeBytes, String paperName,
                                Instant uploadedAt, String uploadedBy) {
}
