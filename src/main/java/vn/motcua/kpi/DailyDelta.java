package vn.motcua.kpi;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Changes to the counters of one {@code kpi_daily} row. */
final class DailyDelta {

    private final LocalDate day;
    private final String procedureCode;
    private final String unitId;
    private final String channel;
    private final String field;
    private final Map<Counter, Long> counts = new EnumMap<>(Counter.class);

    DailyDelta(LocalDate day, String procedureCode, String unitId, String channel, String field) {
        this.day = day;
        this.procedureCode = procedureCode;
        this.unitId = unitId;
        this.channel = channel;
        this.field = field;
    }

    void add(Counter counter, long amount) {
        counts.merge(counter, amount, Long::sum);
    }

    boolean sameRow(DailyDelta other) {
        return day.equals(other.day) && procedureCode.equals(other.procedureCode) && unitId.equals(other.unitId)
                && channel.equals(other.channel);
    }

    /** This row's counts minus what {@code previous} had counted on the same row. */
    void subtract(DailyDelta previous) {
        previous.counts.forEach((counter, amount) -> add(counter, -amount));
    }

    DailyDelta negated() {
        DailyDelta negated = new DailyDelta(day, procedureCode, unitId, channel, field);
        counts.forEach((counter, amount) -> negated.add(counter, -amount));
        return negated;
    }

    boolean isZero() {
        return counts.values().stream().allMatch(amount -> amount == 0);
    }

    LocalDate day() {
        return day;
    }

    String procedureCode() {
        return procedureCode;
    }

    String unitId() {
        return unitId;
    }

    String channel() {
        return channel;
    }

    String field() {
        return field;
    }

    Map<Counter, Long> counts() {
        return counts;
    }
}
