package vn.motcua.identity;

/** What a group of the commune's organisation may do; decides its Camunda authorizations. */
public enum Role {
    /** One-stop desk: receives dossiers, works its own tasks in Tasklist. */
    DESK,
    /** Specialised unit: works its own tasks in Tasklist. */
    UNIT,
    /** Chairman and vice-chairmen: approvals in Tasklist, read-only Cockpit. */
    LEADER,
    /** Follows the reform KPIs: read-only Cockpit. */
    MANAGER,
    /** ISO internal auditors: read-only Cockpit, no task work, no changes. */
    AUDITOR,
    /** A system client such as the public-service portal: submits dossiers over our API only. */
    PORTAL,
    /**
     * Another agency in an inter-agency procedure (police, social insurance): works only the tasks
     * handed over to it and posts its results to our callback; never sees the commune's dossiers.
     */
    AGENCY
}
