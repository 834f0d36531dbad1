package vn.motcua.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.deadline.DeadlineCalculator;
import vn.motcua.calendar.deadline.PauseLedger;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierPaper;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * Keeps the reporting model in step with the dossiers: on every recorded change, inside the changing
 * transaction, the dossier's fact row is rewritten and the daily counters move by the difference
 * between what the old and the new fact counted. A failure here rolls the dossier change back, so
 * the KPIs never drift from the records.
 */
@Component
class FactRecorder {

    static final String UNKNOWN = "";

    private final DossierRepository dossiers;
    private final ProcedureCatalog catalog;
    private final FactStore facts;
    private final DailyCounters counters;
    private final DeadlineCalculator calculator;
    private final Clock clock;
    private final ZoneId zone;

    FactRecorder(DossierRepository dossiers, ProcedureCatalog catalog, FactStore facts, DailyCounters counters,
                 DeadlineCalculator calculator, Clock clock, MotCuaProperties motcua) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.facts = facts;
        this.counters = counters;
        this.calculator = calculator;
        this.clock = clock;
        this.zone = motcua.zone();
    }

    @EventListener
    void on(DossierChanged change) {
        dossiers.findByCode(change.code()).ifPresent(this::record);
    }

    void record(Dossier dossier) {
        DossierFact fact = factOf(dossier);
        Optional<DossierFact> previous = facts.find(dossier.code());
        for (DailyDelta delta : difference(previous.map(DossierFact::contributions).orElse(List.of()),
                fact.contributions())) {
            counters.apply(delta);
        }
        facts.save(fact, clock.instant());
    }

    /** New contributions minus old ones, row by row. */
    static List<DailyDelta> difference(List<DailyDelta> before, List<DailyDelta> after) {
        List<DailyDelta> deltas = new ArrayList<>();
        List<DailyDelta> unmatched = new ArrayList<>(before);
        for (DailyDelta now : after) {
            unmatched.stream().filter(now::sameRow).findFirst().ifPresent(old -> {
                now.subtract(old);
                unmatched.remove(old);
            });
            deltas.add(now);
        }
        unmatched.forEach(old -> deltas.add(old.negated()));
        return deltas;
    }

    private DossierFact factOf(Dossier dossier) {
        Optional<Procedure> procedure = Optional.ofNullable(dossier.processDefinitionId())
                .flatMap(catalog::byDefinitionId).or(() -> catalog.byCode(dossier.procedureCode()));
        PauseLedger ledger = dossier.pauseLedger();
        Instant finished = dossier.finishedAt();
        Instant due = dossier.appointmentAt() == null ? null : dueAt(dossier.appointmentAt(), ledger,
                finished == null ? clock.instant() : finished);
        long requestsAtDesk = dossier.events().stream().filter(e -> e.type().equals("SUPPLEMENT_REQUESTED")).count();
        return new DossierFact(
                dossier.code(),
                dossier.procedureCode(),
                dossier.procedureName(),
                procedure.map(Procedure::field).orElse(UNKNOWN),
                procedure.map(Procedure::responsibleUnit).orElse(UNKNOWN),
                dossier.channel().name(),
                dossier.status().name(),
                dossier.receivedAt(),
                dossier.receivedAt().atZone(zone).toLocalDate(),
                dossier.acceptedAt(),
                dossier.appointmentAt(),
                due,
                finished,
                finished == null ? null : finished.atZone(zone).toLocalDate(),
                dossier.timeliness() == null ? null : dossier.timeliness().name(),
                (int) (requestsAtDesk + ledger.supplementRequestCount()),
                ledger.isPaused(),
                dossier.componentsDigitized(),
                dossier.resultElectronic(),
                dossier.transferredElectronically(),
                dossier.papers().stream().anyMatch(DossierPaper::reused),
                null);
    }

    private Instant dueAt(Instant appointment, PauseLedger ledger, Instant asOf) {
        Duration paused = calculator.pausedWorkingTime(ledger, asOf);
        return paused.isZero() ? appointment
                : calculator.clock().plusWorkingTime(appointment.atZone(zone), paused).toInstant();
    }
}
