package vn.motcua.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import vn.motcua.MotCuaProperties;
import vn.motcua.identity.OrganisationProperties;
import vn.motcua.identity.Role;

/**
 * The main indicators for the current year as Prometheus gauges. Labels are bounded: the plan's
 * indicator ids (21) and the commune's units from organisation.yaml. A gauge with no data reads NaN,
 * never 0. Figures are recomputed at most once a minute, however often Prometheus scrapes.
 */
@Component
class KpiGauges {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final KpiFigures figures;
    private final Clock clock;
    private final MotCuaProperties motcua;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    private record Snapshot(Instant at, Map<String, IndicatorValue> indicators, Map<String, Map<Counter, Long>> byUnit) {
    }

    KpiGauges(KpiFigures figures, Clock clock, MotCuaProperties motcua, MeterRegistry registry,
              OrganisationProperties organisation) {
        this.figures = figures;
        this.clock = clock;
        this.motcua = motcua;
        for (ReformIndicator indicator : ReformIndicator.values()) {
            Gauge.builder("motcua.kpi.actual", this, gauges -> gauges.actual(indicator.id()))
                    .description("Giá trị thực tế của chỉ tiêu trong năm hiện tại (NaN: chưa có dữ liệu)")
                    .tag("indicator", indicator.id()).register(registry);
            Gauge.builder("motcua.kpi.target", this, gauges -> gauges.target(indicator))
                    .description("Chỉ tiêu của năm hiện tại theo kế hoạch CCHC 2021–2030")
                    .tag("indicator", indicator.id()).register(registry);
            Gauge.builder("motcua.kpi.met", this, gauges -> gauges.met(indicator.id()))
                    .description("1 = đạt, 0 = chưa đạt, NaN = chưa có dữ liệu")
                    .tag("indicator", indicator.id()).register(registry);
        }
        organisation.units().stream().filter(unit -> unit.role() == Role.UNIT).forEach(unit ->
                Gauge.builder("motcua.kpi.ontime.rate", this, gauges -> gauges.onTimeRate(unit.id()))
                        .description("Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn của đơn vị trong năm hiện tại")
                        .tag("unit", unit.id()).register(registry));
    }

    private double actual(String id) {
        IndicatorValue value = current().indicators().get(id);
        return value == null || value.actual() == null ? Double.NaN : value.actual().doubleValue();
    }

    private double met(String id) {
        IndicatorValue value = current().indicators().get(id);
        return value == null || value.status() == Status.NO_DATA ? Double.NaN : value.status() == Status.MET ? 1 : 0;
    }

    private double target(ReformIndicator indicator) {
        return indicator.targetFor(today().getYear()).value().doubleValue();
    }

    private double onTimeRate(String unit) {
        Map<Counter, Long> counts = current().byUnit().get(unit);
        if (counts == null) {
            return Double.NaN;
        }
        var rate = Ratio.percent(counts.get(Counter.EARLY) + counts.get(Counter.ON_TIME), counts.get(Counter.RESOLVED));
        return rate == null ? Double.NaN : rate.doubleValue();
    }

    private Snapshot current() {
        Instant now = clock.instant();
        Snapshot last = snapshot.get();
        if (last == null || last.at().plus(FRESH).isBefore(now) || last.at().isAfter(now)) {
            Period year = Period.year(today().getYear());
            Map<String, IndicatorValue> indicators = new java.util.HashMap<>();
            figures.indicators(year, Slice.ALL).forEach(value -> indicators.put(value.id(), value));
            last = new Snapshot(now, indicators, figures.countsBy(Dimension.UNIT, year, Slice.ALL));
            snapshot.set(last);
        }
        return last;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), motcua.zone());
    }
}
