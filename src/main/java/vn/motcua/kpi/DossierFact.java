package vn.motcua.kpi;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the KPIs need of one dossier, as of its latest change: the row of {@code kpi_dossier_fact}.
 *
 * @param timeliness {@code EARLY}, {@code ON_TIME} or {@code LATE} once the result was approved, else null
 * @param dueAt      the appointment moved by the applicant's pauses; null before acceptance
 * @param reusePossible    at receipt, a paper of the dossier was on file (reused, or could have been)
 * @param resubmitted      at receipt, a paper on file was handed in again (NO-RESUBMIT)
 * @param identified       at receipt, the applicant was identified electronically; null = not checked
 * @param conforming       at approval, the dossier kept to its model's steps, budgets and time limit; null before
 * @param ratedAt          when the applicant rated; null = not rated
 * @param ratingSatisfied  no criterion rated "không hài lòng" (TTHC-SATISF)
 * @param serviceSatisfied the officials' attitude rated satisfied or better (SVC-SATISF)
 */
public record DossierFact(
        String dossierCode,
        String procedureCode,
        String procedureName,
        String field,
        String unitId,
        String channel,
        String status,
        Instant receivedAt,
        LocalDate receivedDay,
        Instant acceptedAt,
        Instant appointmentAt,
        Instant dueAt,
        Instant finishedAt,
        LocalDate finishedDay,
        String timeliness,
        int supplementRequests,
        boolean paused,
        boolean componentsDigitized,
        boolean resultElectronic,
        boolean transferredElectronically,
        boolean papersReused,
        boolean reusePossible,
        boolean resubmitted,
        Boolean identified,
        Boolean conforming,
        Instant ratedAt,
        LocalDate ratedDay,
        Boolean ratingSatisfied,
        Boolean serviceSatisfied) {

    boolean resolved() {
        return timeliness != null;
    }

    /** Decision 766 indicator 4.2: digitized components AND an electronic result. */
    boolean digitized() {
        return componentsDigitized && resultElectronic;
    }

    /** The counters this dossier adds to {@code kpi_daily}, on the day each one belongs to. */
    java.util.List<DailyDelta> contributions() {
        java.util.List<DailyDelta> deltas = new java.util.ArrayList<>();
        DailyDelta onReceipt = new DailyDelta(receivedDay, procedureCode, unitId, channel, field);
        onReceipt.add(Counter.RECEIVED, 1);
        onReceipt.add(Counter.REUSE_POSSIBLE, reusePossible ? 1 : 0);
        onReceipt.add(Counter.RESUBMITTED, resubmitted ? 1 : 0);
        onReceipt.add(Counter.IDENTIFIED, Boolean.TRUE.equals(identified) ? 1 : 0);
        deltas.add(onReceipt);
        if (finishedDay != null) {
            DailyDelta atEnd = new DailyDelta(finishedDay, procedureCode, unitId, channel, field);
            if (resolved()) {
                atEnd.add(Counter.RESOLVED, 1);
                atEnd.add(switch (timeliness) {
                    case "EARLY" -> Counter.EARLY;
                    case "ON_TIME" -> Counter.ON_TIME;
                    default -> Counter.LATE;
                }, 1);
                atEnd.add(Counter.DIGITIZED, digitized() ? 1 : 0);
                atEnd.add(Counter.RESULT_ELECTRONIC, resultElectronic ? 1 : 0);
                atEnd.add(Counter.TRANSFERRED_ELECTRONICALLY, transferredElectronically ? 1 : 0);
                atEnd.add(Counter.PAPERS_REUSED, papersReused ? 1 : 0);
                atEnd.add(Counter.CONFORMING, Boolean.TRUE.equals(conforming) ? 1 : 0);
                if (acceptedAt != null) {
                    atEnd.add(Counter.RESOLUTION_MINUTES, java.time.Duration.between(acceptedAt, finishedAt).toMinutes());
                }
            } else {
                switch (status) {
                    case "WITHDRAWN" -> atEnd.add(Counter.WITHDRAWN, 1);
                    case "CANCELLED" -> atEnd.add(Counter.CANCELLED, 1);
                    case "REFUSED" -> atEnd.add(Counter.REFUSED, 1);
                    default -> { }
                }
            }
            deltas.add(atEnd);
        }
        if (ratedDay != null) {
            DailyDelta onRating = new DailyDelta(ratedDay, procedureCode, unitId, channel, field);
            onRating.add(Counter.RATED, 1);
            onRating.add(Counter.RATING_SATISFIED, Boolean.TRUE.equals(ratingSatisfied) ? 1 : 0);
            onRating.add(Counter.SERVICE_SATISFIED, Boolean.TRUE.equals(serviceSatisfied) ? 1 : 0);
            deltas.add(onRating);
        }
        return deltas;
    }
}
