package vn.motcua.citizen.papers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredPaperRepository extends JpaRepository<StoredPaper, Long> {

    List<StoredPaper> findByOwnerIdOrderByStoredAtDesc(String ownerId);

    boolean existsByOwnerIdAndNameKeyAndDossierCode(String ownerId, String nameKey, String dossierCode);
}
