package vn.motcua.citizen.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo adapter and the fallback for channels without a real adapter (SMS until a gateway contract
 * exists): the message is only recorded in the outbox, where staff see it with the dossier
 * ({@code GET /api/citizen/notifications/{code}}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RecordingNotifier implements Notifier {

    private static final Logger log = LoggerFactory.getLogger(RecordingNotifier.class);

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public boolean supports(Delivery channel) {
        return true;
    }

    @Override
    public void send(Notification message) {
        log.info("Recorded {} message for dossier {}: {}", message.channel(), message.dossierCode(), message.subject());
    }
}
