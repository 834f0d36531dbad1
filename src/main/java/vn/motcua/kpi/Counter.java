package vn.motcua.kpi;

/** The counters of {@code kpi_daily}; each names its column. */
enum Counter {
    RECEIVED, RESOLVED, EARLY, ON_TIME, LATE, DIGITIZED, RESULT_ELECTRONIC, TRANSFERRED_ELECTRONICALLY,
    PAPERS_REUSED, RESOLUTION_MINUTES, WITHDRAWN, CANCELLED, REFUSED;

    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
