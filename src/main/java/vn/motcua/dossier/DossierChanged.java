package vn.motcua.dossier;

import java.time.Instant;

/**
 * Published for every recorded change of a dossier (one per {@link DossierEvent}), synchronously and
 * inside the transaction that made the change: a listener that writes (KPI facts, follow-up processes,
 * notifications' outbox) commits or rolls back together with the dossier.
 *
 * @param type the {@link DossierEvent} type, e.g. {@code ACCEPTED}, {@code APPROVED}, {@code RETURNED}
 */
public record DossierChanged(String code, String type, Instant at, String actor, String detail) {
}
