package vn.motcua.kpi;

/** The counters of {@code kpi_daily}; each names its column. */
enum Counter {
    RECEIVED, RESOLVED, EARLY, ON_TIME, LATE, DIGITIZED, RESULT_ELECTRONIC, TRANSFERRED_ELECTRONICALLY,
    PAPERS_REUSED, RESOLUTION_MINUTES, WITHDRAWN, CANCELLED, REFUSED,
    /** On the day of receipt: a paper on file could have been reused; one of those was handed in again. */
    REUSE_POSSIBLE, RESUBMITTED,
    /** On the day of receipt: the applicant was identified electronically. */
    IDENTIFIED,
    /** On the day the result was approved: the dossier kept to its model. */
    CONFORMING,
    /** On the day the applicant rated: a rating, satisfied on every criterion, satisfied with the service. */
    RATED, RATING_SATISFIED, SERVICE_SATISFIED;

    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
