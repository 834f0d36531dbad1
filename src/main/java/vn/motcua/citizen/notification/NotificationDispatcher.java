package vn.motcua.citizen.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.citizen.CitizenProperties;

/**
 * Sends the outbox: what {@link Notifications} wrote with a committed change, so no message announces a change
 * that was rolled back. Run by {@link NotificationWorker} every interval (tests call {@link #dispatch()} by hand).
 * A message the adapter refused keeps its error and waits, longer after each refusal, until it is tried again
 * (up to {@code max-attempts}); see docs/citizens.md.
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationRepository outbox;
    private final List<Notifier> notifiers;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final CitizenProperties.Dispatch settings;
    private final Object lock = new Object();

    /** @param notifiers ordered: a real adapter (order 0) before the recording fallback */
    NotificationDispatcher(NotificationRepository outbox, List<Notifier> notifiers, Clock clock,
                           PlatformTransactionManager transactions, CitizenProperties properties) {
        this.outbox = outbox;
        this.notifiers = notifiers;
        this.clock = clock;
        this.settings = properties.notification().dispatch();
        this.transaction = new TransactionTemplate(transactions);
        // Each message in a transaction of its own, even when the caller has one open.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Tries the messages due now, at most one batch. One run at a time in this node, and each message in its own
     * transaction that first claims it (version check, row lock held until commit): when two nodes run together,
     * the second one's claim fails and it does not send. A crash between sending and commit sends that one
     * message again.
     *
     * @return how many messages were tried (sent or refused)
     */
    public int dispatch() {
        synchronized (lock) {
            Instant now = clock.instant();
            List<Long> due = transaction.execute(status ->
                    outbox.findDue(settings.maxAttempts(), now, Limit.of(settings.batchSize())));
            int tried = 0;
            for (Long id : due == null ? List.<Long>of() : due) {
                try {
                    Boolean claimed = transaction.execute(status -> outbox.findById(id)
                            .filter(message -> message.sentAt() == null).map(this::claimAndSend).orElse(false));
                    tried += Boolean.TRUE.equals(claimed) ? 1 : 0;
                } catch (OptimisticLockingFailureException e) {
                    log.debug("Notification {} taken by another node", id);
                }
            }
            return tried;
        }
    }

    private boolean claimAndSend(Notification message) {
        message.claim();
        outbox.saveAndFlush(message);
        Notifier notifier = notifiers.stream().filter(candidate -> candidate.supports(message.channel())).findFirst()
                .orElseThrow();
        try {
            notifier.send(message);
            message.sent(clock.instant(), notifier.name());
        } catch (RuntimeException e) {
            log.warn("Notification {} for dossier {} not sent: {}", message.id(), message.dossierCode(), e.getMessage());
            message.failed(e.getMessage(), clock.instant().plus(backoff(message.attempts())));
        }
        return true;
    }

    /** first-retry after the first refusal, doubled after each further one, never more than max-retry. */
    Duration backoff(int attempts) {
        Duration wait = settings.firstRetry();
        for (int refusal = 1; refusal < attempts && wait.compareTo(settings.maxRetry()) < 0; refusal++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
    }
}
