package vn.motcua.kpi;

import java.math.BigDecimal;

/**
 * A target of the plan: the actual must be at least ({@code >=}) or more than ({@code >}) the value.
 *
 * @param text the plan's wording, shown next to the number
 */
public record Target(String comparison, BigDecimal value, String text) {

    static Target atLeast(String value, String text) {
        return new Target(">=", new BigDecimal(value), text);
    }

    static Target moreThan(String value, String text) {
        return new Target(">", new BigDecimal(value), text);
    }

    boolean metBy(BigDecimal actual) {
        int compared = actual.compareTo(value);
        return comparison.equals(">") ? compared > 0 : compared >= 0;
    }
}
