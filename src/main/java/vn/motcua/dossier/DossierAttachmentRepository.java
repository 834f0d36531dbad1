package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DossierAttachmentRepository extends JpaRepository<DossierAttachment, Long> {

    @Query("select new vn.motcua.dossier.AttachmentSummary(a.id, a.fileName, a.contentType, "
            + "a.sizeBytes, a.paperName, a.uploadedAt, a.uploadedBy) "
            + "from DossierAttachment a where a.dossierId = ?1 order by a.id")
    List<AttachmentSummary> summaries(Long dossierId);

    Optional<DossierAttachment> findByIdAndDossierId(Long id, Long dossierId);
}
