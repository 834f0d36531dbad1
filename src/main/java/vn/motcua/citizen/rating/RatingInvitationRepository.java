package vn.motcua.citizen.rating;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatingInvitationRepository extends JpaRepository<RatingInvitation, Long> {

    Optional<RatingInvitation> findByDossierCode(String dossierCode);

    Optional<RatingInvitation> findByToken(String token);
}
