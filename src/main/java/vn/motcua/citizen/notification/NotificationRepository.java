package vn.motcua.citizen.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByDossierCodeAndEventKeyAndChannel(String dossierCode, String eventKey, Delivery channel);

    List<Notification> findByDossierCodeOrderByCreatedAtAscIdAsc(String dossierCode);

    List<Notification> findByDossierCodeAndSentAtIsNullOrderByIdAsc(String dossierCode);

    List<Notification> findTop100BySentAtIsNullAndAttemptsLessThanOrderByIdAsc(int attempts);
}
