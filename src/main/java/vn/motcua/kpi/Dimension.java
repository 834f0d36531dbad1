package vn.motcua.kpi;

/** What a KPI figure can be broken down by. */
public enum Dimension {
    UNIT("unit_id"), PROCEDURE("procedure_code"), FIELD("field"), CHANNEL("channel");

    private final String column;

    Dimension(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
