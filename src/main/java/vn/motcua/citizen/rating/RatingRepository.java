package vn.motcua.citizen.rating;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Ratings for the satisfaction KPIs (TTHC-SATISF, QĐ 766 index 5.4). Read-only apart from saving a new
 * rating: there is no update or delete.
 */
public interface RatingRepository extends Repository<Rating, Long> {

    Rating saveAndFlush(Rating rating);

    Optional<Rating> findByDossierCode(String dossierCode);

    boolean existsByDossierCode(String dossierCode);

    /** Ratings given in {@code [from, to)}: how many, and how many were satisfied. */
    @Query("select new vn.motcua.citizen.rating.RatingRepository$Satisfaction(count(r), "
            + "coalesce(sum(case when r.satisfied = true then 1 else 0 end), 0)) "
            + "from Rating r where r.ratedAt >= :from and r.ratedAt < :to")
    Satisfaction satisfaction(@Param("from") Instant from, @Param("to") Instant to);

    /** @param satisfied ratings without any "không hài lòng" */
    record Satisfaction(long rated, long satisfied) {

        public long notSatisfied() {
            return rated - satisfied;
        }
    }
}
