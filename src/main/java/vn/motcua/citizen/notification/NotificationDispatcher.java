package vn.motcua.citizen.notification;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.dossier.DossierChanged;

/**
 * Sends the outbox after the dossier's change committed, so no message announces a change that was
 * rolled back. A message the adapter refused stays pending with its error and is tried again with
 * the next change of any dossier (up to {@link #MAX_ATTEMPTS}); see docs/citizens.md.
 */
@Component
class NotificationDispatcher {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationRepository outbox;
    private final List<Notifier> notifiers;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Object lock = new Object();

    /** @param notifiers ordered: a real adapter (order 0) before the recording fallback */
    NotificationDispatcher(NotificationRepository outbox, List<Notifier> notifiers, Clock clock,
                           PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.notifiers = notifiers;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        // After commit the finished transaction's resources are still bound: work in a new one.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * One dispatch at a time in this node, and each message in its own transaction that first claims it
     * (version check, row lock held until commit): when two nodes dispatch together, the second one's
     * claim fails and it does not send. A crash between sending and commit sends that one message again.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void afterCommit(DossierChanged change) {
        synchronized (lock) {
            List<Long> pending = transaction.execute(status -> outbox
                    .findTop100BySentAtIsNullAndAttemptsLessThanOrderByIdAsc(MAX_ATTEMPTS).stream()
                    .map(Notification::id).toList());
            for (Long id : pending == null ? List.<Long>of() : pending) {
                try {
                    transaction.executeWithoutResult(status -> outbox.findById(id)
                            .filter(message -> message.sentAt() == null).ifPresent(this::claimAndSend));
                } catch (OptimisticLockingFailureException e) {
                    log.debug("Notification {} taken by another node", id);
                }
            }
        }
    }

    private void claimAndSend(Notification message) {
        message.claim();
        outbox.saveAndFlush(message);
        Notifier notifier = notifiers.stream().filter(candidate -> candidate.supports(message.channel())).findFirst()
                .orElseThrow();
        try {
            notifier.send(message);
            message.sent(clock.instant(), notifier.name());
        } catch (RuntimeException e) {
            log.warn("Notification {} for dossier {} not sent: {}", message.id(), message.dossierCode(), e.getMessage());
            message.failed(e.getMessage());
        }
    }
}
