package vn.motcua.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.MotCuaProperties;
import vn.motcua.web.InvalidRequestException;

/** Reform KPIs for managers, leaders, auditors and the administrator; read-only. */
@RestController
@RequestMapping("/api/kpi")
@PreAuthorize(KpiController.READERS)
class KpiController {

    static final String READERS = "hasAnyRole('MANAGER', 'LEADER', 'AUDITOR', 'ADMIN')";

    private final KpiFigures figures;
    private final ServiceQuality quality;
    private final DrillDown drillDown;
    private final StatisticsTable statistics;
    private final StatisticsExport export;

    private final Clock clock;
    private final MotCuaProperties motcua;

    KpiController(KpiFigures figures, ServiceQuality quality, DrillDown drillDown, StatisticsTable statistics,
                  StatisticsExport export, Clock clock, MotCuaProperties motcua) {
        this.clock = clock;
        this.motcua = motcua;
        this.figures = figures;
        this.quality = quality;
        this.drillDown = drillDown;
        this.statistics = statistics;
        this.export = export;
    }

    /** The official statistics table (form II.06a) per field, with the total line. */
    @GetMapping("/statistics")
    StatisticsTable.Table statistics(@RequestParam(required = false) String period,
                                     @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to) {
        return statistics.of(period(period, from, to));
    }

    @GetMapping("/statistics.csv")
    ResponseEntity<byte[]> statisticsCsv(@RequestParam(required = false) String period,
                                         @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to) {
        Period p = period(period, from, to);
        return download(StatisticsExport.utf8(export.csv(statistics.of(p))), "text/csv;charset=UTF-8",
                fileName(p, "csv"));
    }

    @GetMapping("/statistics.xlsx")
    ResponseEntity<byte[]> statisticsXlsx(@RequestParam(required = false) String period,
                                          @RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to) {
        Period p = period(period, from, to);
        return download(export.xlsx(statistics.of(p)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName(p, "xlsx"));
    }

    /** The requested period; none given means the current year in the commune's zone. */
    private Period period(String period, String from, String to) {
        return Period.parse(period, from, to, LocalDate.ofInstant(clock.instant(), motcua.zone()));
    }

    private static String fileName(Period p, String extension) {
        return "bieu-II06a-" + p.from() + "-" + p.to() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    /** Every indicator of the plan with target, actual and status. */
    @GetMapping("/indicators")
    Map<String, Object> indicators(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to, @RequestParam(required = false) String unit,
                                   @RequestParam(required = false) String procedure,
                                   @RequestParam(required = false) String field,
                                   @RequestParam(required = false) String channel) {
        Period p = period(period, from, to);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", p);
        body.put("indicators", figures.indicators(p, new Slice(unit, procedure, field, channel)));
        return body;
    }

    /** The counts behind the engine indicators, per unit, procedure, field or channel. */
    @GetMapping("/breakdown")
    Map<String, Object> breakdown(@RequestParam String by, @RequestParam(required = false) String period,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Dimension dimension;
        try {
            dimension = Dimension.valueOf(by.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Chỉ phân tích được theo unit, procedure, field hoặc channel");
        }
        Period p = period(period, from, to);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", p);
        body.put("by", dimension);
        body.put("rows", figures.countsBy(dimension, p, Slice.ALL).entrySet().stream()
                .map(entry -> row(entry.getKey(), entry.getValue())).toList());
        return body;
    }

    /** Month by month over the period, for the trend chart. */
    @GetMapping("/trend")
    Map<String, Object> trend(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to, @RequestParam(required = false) String unit,
                              @RequestParam(required = false) String procedure) {
        Period p = period(period, from, to);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", p);
        body.put("months", figures.countsByMonth(p, new Slice(unit, procedure, null, null)).entrySet().stream()
                .map(entry -> row(entry.getKey(), entry.getValue())).toList());
        return body;
    }

    /** Decision 766/QĐ-TTg groups as far as our records allow. */
    @GetMapping("/service-quality")
    Map<String, Object> serviceQuality(@RequestParam(required = false) String period,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to) {
        Period p = period(period, from, to);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", p);
        body.put("groups", quality.groups(p, Slice.ALL));
        return body;
    }

    /** The dossiers behind a figure (at most 1,000). */
    @GetMapping("/dossiers")
    Map<String, Object> dossiers(@RequestParam String measure, @RequestParam(required = false) String period,
                                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String unit, @RequestParam(required = false) String procedure,
                                 @RequestParam(required = false) String field,
                                 @RequestParam(required = false) String channel) {
        Period p = period(period, from, to);
        List<DrillDown.Row> rows = drillDown.dossiers(DrillDown.measure(measure), p,
                new Slice(unit, procedure, field, channel));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", p);
        body.put("measure", measure);
        body.put("dossiers", rows);
        body.put("truncated", rows.size() == DrillDown.LIMIT);
        return body;
    }

    private static Map<String, Object> row(String key, Map<Counter, Long> counts) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        counts.forEach((counter, value) -> row.put(camel(counter), value));
        long resolved = counts.get(Counter.RESOLVED);
        row.put("onTimeRate", Ratio.percent(counts.get(Counter.EARLY) + counts.get(Counter.ON_TIME), resolved));
        row.put("digitizedRate", Ratio.percent(counts.get(Counter.DIGITIZED), resolved));
        row.put("satisfiedRate", Ratio.percent(counts.get(Counter.RATING_SATISFIED), counts.get(Counter.RATED)));
        return row;
    }

    private static String camel(Counter counter) {
        String[] parts = counter.column().split("_");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }
}
