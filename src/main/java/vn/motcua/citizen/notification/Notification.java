package vn.motcua.citizen.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One message to the applicant about one change of the dossier (outbox row). Written with the change,
 * sent by the {@link NotificationDispatcher} worker; {@code sentAt} says it went out, so it is never sent twice.
 */
@Entity
@Table(name = "citizen_notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_code", nullable = false)
    private String dossierCode;

    /** The change it reports: event type and time, e.g. {@code ACCEPTED@1788...}. */
    @Column(name = "event_key", nullable = false)
    private String eventKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Delivery channel;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by")
    private String sentBy;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    /** Not before this moment is a refused message tried again; null until it was refused once. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** Two application nodes dispatching at once: the second one's claim fails here, so it does not send. */
    @Version
    private long version;

    protected Notification() {
    }

    Notification(String dossierCode, String eventKey, Delivery channel, String recipient, String subject, String body,
                 Instant createdAt) {
        this.dossierCode = dossierCode;
        this.eventKey = eventKey;
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** Taken for sending; flushed before the message goes out, so only one node sends it. */
    void claim() {
        attempts++;
    }

    void sent(Instant at, String by) {
        sentAt = at;
        sentBy = by;
        lastError = null;
    }

    void failed(String error, Instant retryAt) {
        lastError = error == null ? "lỗi không rõ" : error.substring(0, Math.min(error.length(), 1000));
        nextAttemptAt = retryAt;
    }

    public Long id() {
        return id;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public String eventKey() {
        return eventKey;
    }

    public Delivery channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String sentBy() {
        return sentBy;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
