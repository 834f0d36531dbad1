package vn.motcua.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An indicator's exact figure, and the indicators of a period by id, for the KPI tests. */
final class IndicatorAssertions {

    private IndicatorAssertions() {
    }

    /** @param actual the expected percentage or count as text, or null for "no data" */
    static void assertIndicator(IndicatorValue value, String actual, long numerator, long denominator, Status status) {
        if (actual == null) {
            assertThat(value.actual()).as(value.id()).isNull();
        } else {
            assertThat(value.actual()).as(value.id()).isEqualByComparingTo(actual);
        }
        assertThat(value.numerator()).as(value.id() + " numerator").isEqualTo(numerator);
        assertThat(value.denominator()).as(value.id() + " denominator").isEqualTo(denominator);
        assertThat(value.status()).as(value.id() + " status").isEqualTo(status);
    }

    static Map<String, IndicatorValue> byId(List<IndicatorValue> values) {
        Map<String, IndicatorValue> byId = new LinkedHashMap<>();
        values.forEach(value -> byId.put(value.id(), value));
        return byId;
    }
}
