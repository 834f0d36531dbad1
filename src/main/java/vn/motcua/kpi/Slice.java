package vn.motcua.kpi;

import java.util.List;

/** Optional filters on a KPI figure; null means all. Values are bound as parameters, never concatenated. */
public record Slice(String unit, String procedure, String field, String channel) {

    public static final Slice ALL = new Slice(null, null, null, null);

    String sql(List<Object> arguments) {
        StringBuilder where = new StringBuilder();
        append(where, arguments, "unit_id", unit);
        append(where, arguments, "procedure_code", procedure);
        append(where, arguments, "field", field);
        append(where, arguments, "channel", channel);
        return where.toString();
    }

    /** Whether a procedure of the catalogue falls in the slice; the channel is not a procedure's. */
    boolean covers(vn.motcua.procedure.Procedure procedure) {
        return matches(unit, procedure.responsibleUnit()) && matches(this.procedure, procedure.code())
                && matches(field, procedure.field());
    }

    private static boolean matches(String filter, String value) {
        return filter == null || filter.isBlank() || filter.equals(value);
    }

    private static void append(StringBuilder where, List<Object> arguments, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(column).append(" = ?");
            arguments.add(value);
        }
    }
}
