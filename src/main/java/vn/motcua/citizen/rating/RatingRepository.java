package vn.motcua.citizen.rating;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The applicants' ratings. Read-only apart from saving a new rating: there is no update or delete. The
 * satisfaction KPIs count them in the reporting model (kpi.FactRecorder, on {@link RatingGiven}).
 */
public interface RatingRepository extends Repository<Rating, Long> {

    Rating saveAndFlush(Rating rating);

    Optional<Rating> findByDossierCode(String dossierCode);

    boolean existsByDossierCode(String dossierCode);
}
