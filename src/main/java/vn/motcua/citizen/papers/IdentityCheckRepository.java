package vn.motcua.citizen.papers;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Electronically verified applicants, for the KPIs (QĐ 766 index 4.5). */
public interface IdentityCheckRepository extends Repository<IdentityCheck, Long> {

    IdentityCheck save(IdentityCheck check);

    Optional<IdentityCheck> findByDossierCode(String dossierCode);

    @Query("select count(c) from IdentityCheck c where c.verified = true and c.checkedAt >= :from and c.checkedAt < :to")
    long countVerified(@Param("from") Instant from, @Param("to") Instant to);
}
