package vn.motcua.citizen.notification;

/** How a message reaches the applicant. */
public enum Delivery {
    EMAIL,
    SMS
}
