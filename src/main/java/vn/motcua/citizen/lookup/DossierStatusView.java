package vn.motcua.citizen.lookup;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the public lookup shows: no personal data beyond the masked name.
 *
 * @param late       the appointment has passed without a result, or the result came after it
 * @param lateReason the reason given in the signed apology letter (form 04) and the new date, if any
 * @param collection how and where to collect the result
 */
public record DossierStatusView(
        String code,
        String procedure,
        String applicant,
        String status,
        String currentStep,
        OffsetDateTime receivedAt,
        OffsetDateTime appointmentAt,
        OffsetDateTime finishedAt,
        boolean late,
        String lateReason,
        String collection,
        List<Step> steps) {

    /** One step of the handling: when it was due and when it was done (null while it is open). */
    public record Step(String name, OffsetDateTime plannedAt, OffsetDateTime doneAt) {
    }
}
