package vn.motcua.interagency;

/**
 * What another agency's system posts when its part of an inter-agency dossier is done.
 *
 * @param agency    the agency answering; needed only when the calling account belongs to more than one
 * @param outcome   {@code COMPLETED} (done, e.g. residence registered, card issued) or {@code REFUSED}
 * @param reference the number of the agency's result (e.g. the health-insurance card number)
 * @param note      free text; required with {@code REFUSED}: the reason
 */
public record AgencyResult(String agency, String outcome, String reference, String note) {
}
