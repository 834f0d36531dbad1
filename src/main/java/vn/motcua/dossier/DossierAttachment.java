package vn.motcua.dossier;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file of the dossier. Kept apart from the {@link Dossier} aggregate so that loading a dossier
 * never loads its scans; listed through {@link AttachmentSummary}.
 */
@Entity
@Table(name = "dossier_attachment")
public class DossierAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "paper_name")
    private String paperName;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected DossierAttachment() {
    }

    DossierAttachment(Long dossierId, String fileName, String contentType, String paperName, byte[] content,
                      Instant uploadedAt, String uploadedBy) {
        this.dossierId = dossierId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.paperName = paperName;
        this.content = content;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content;
    }
}
