package vn.motcua.citizen.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByDossierCodeAndEventKeyAndChannel(String dossierCode, String eventKey, Delivery channel);

    List<Notification> findByDossierCodeOrderByCreatedAtAscIdAsc(String dossierCode);

    /** Unsent messages that may be tried now, oldest first, at most a batch. */
    @Query("select n.id from Notification n where n.sentAt is null and n.attempts < :maxAttempts"
            + " and (n.nextAttemptAt is null or n.nextAttemptAt <= :now) order by n.id")
    List<Long> findDue(@Param("maxAttempts") int maxAttempts, @Param("now") Instant now, Limit batch);
}
