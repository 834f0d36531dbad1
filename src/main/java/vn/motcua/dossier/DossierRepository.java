package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierRepository extends JpaRepository<Dossier, Long>, DossierByCode {

    Optional<Dossier> findByReceivedByAndPortalReference(String receivedBy, String portalReference);

    List<Dossier> findByReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderByReceivedAt(Instant from, Instant to);
}
