package vn.motcua.citizen.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.DossierReaders;

/** The messages sent to a dossier's applicant, as the dossier's staff see them. */
@RestController
class NotificationController {

    private final NotificationRepository outbox;
    private final DossierReaders readers;

    NotificationController(NotificationRepository outbox, DossierReaders readers) {
        this.outbox = outbox;
        this.readers = readers;
    }

    record MessageView(String event, Delivery channel, String recipient, String subject, String body,
                       Instant createdAt, Instant sentAt, String sentBy, String lastError) {
    }

    @GetMapping("/api/citizen/notifications/{code}")
    @PreAuthorize("hasAnyRole('DESK', 'UNIT', 'LEADER', 'MANAGER', 'AUDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    List<MessageView> messages(@PathVariable String code, Authentication user) {
        readers.check(code, user);
        return outbox.findByDossierCodeOrderByCreatedAtAscIdAsc(code).stream()
                .map(message -> new MessageView(message.eventKey().substring(0, message.eventKey().indexOf('@')),
                        message.channel(), message.recipient(), message.subject(), message.body(), message.createdAt(),
                        message.sentAt(), message.sentBy(), message.lastError()))
                .toList();
    }
}
