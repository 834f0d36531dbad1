package vn.motcua.citizen.notification;

/**
 * The outbound port: hands one message to a delivery service (mail server, SMS gateway, the national
 * portal's notification service). Throws when the message was not accepted, so it is tried again.
 */
public interface Notifier {

    /** Short name recorded with each sent message, e.g. {@code smtp}, {@code demo}. */
    String name();

    boolean supports(Delivery channel);

    void send(Notification message);
}
