package vn.motcua.kpi;

/** Where an indicator's actual value comes from (the plan's table, column "source of actual"). */
public enum Source {
    /** Computed from our dossier records. */
    ENGINE,
    /** Entered with evidence through the register of figures. */
    REGISTER
}
