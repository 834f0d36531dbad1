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

import vn.motcua.citizen.papers.IdentityCheck;
import vn.motcua.citizen.papers.IdentityCheckRepository;
import vn.motcua.citizen.papers.PaperStore;
import vn.motcua.citizen.rating.Criterion;
import vn.motcua.citizen.rating.Rating;
import vn.motcua.citizen.rating.RatingGiven;
import vn.motcua.citizen.rating.RatingRepository;
import vn.motcua.iso.ConformanceCheck;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.deadline.DeadlineCalculator;
import vn.motcua.calendar.deadline.PauseLedger;
import vn.motcua.calendar.deadline.Timeliness;
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
 * the KPIs never drift from the records. What is measured once — at receipt (paper reuse, electronic
 * identity), at approval (conformance) or at rating — is carried over from the previous fact, so a
 * later change costs no more queries.
 */
@Component
class FactRecorder {

    static final String UNKNOWN = "";

    private final DossierRepository dossiers;
    private final ProcedureCatalog catalog;
    private final FactStore facts;
    private final DailyCounters counters;
    private final DeadlineCalculator calculator;
    private final PaperStore paperStore;
    private final IdentityCheckRepository identityChecks;
    private final ConformanceCheck conformance;
    private final RatingRepository ratings;
    private final Clock clock;
    private final ZoneId zone;

    FactRecorder(DossierRepository dossiers, ProcedureCatalog catalog, FactStore facts, DailyCounters counters,
                 DeadlineCalculator calculator, PaperStore paperStore, IdentityCheckRepository identityChecks,
                 ConformanceCheck conformance, RatingRepository ratings, Clock clock, MotCuaProperties motcua) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.facts = facts;
        this.counters = counters;
        this.calculator = calculator;
        this.paperStore = paperStore;
        this.identityChecks = identityChecks;
        this.conformance = conformance;
        this.ratings = ratings;
        this.clock = clock;
        this.zone = motcua.zone();
    }

    /** After the other listeners of the change, whose records (the identity check at receipt) it reads. */
    @EventListener
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
    void on(DossierChanged change) {
        dossiers.findByCode(change.code()).ifPresent(this::record);
    }

    @EventListener
    void on(RatingGiven rating) {
        dossiers.findByCode(rating.dossierCode()).ifPresent(this::record);
    }

    void record(Dossier dossier) {
        Optional<DossierFact> previous = facts.find(dossier.code());
        DossierFact fact = factOf(dossier, previous);
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

    private DossierFact factOf(Dossier dossier, Optional<DossierFact> previous) {
        Optional<Procedure> procedure = Optional.ofNullable(dossier.processDefinitionId())
                .flatMap(catalog::byDefinitionId).or(() -> catalog.byCode(dossier.procedureCode()));
        PauseLedger ledger = dossier.pauseLedger();
        Instant finished = dossier.finishedAt();
        Instant due = dossier.appointmentAt() == null ? null : dueAt(dossier.appointmentAt(), ledger,
                finished == null ? clock.instant() : finished);
        long requestsAtDesk = dossier.events().stream().filter(e -> e.type().equals("SUPPLEMENT_REQUESTED")).count();
        PaperStore.Reuse reuse = previous.map(old -> new PaperStore.Reuse(old.reusePossible(), old.resubmitted()))
                .orElseGet(() -> paperStore.reuseAtReceipt(dossier.code()));
        Boolean identified = previous.isPresent() ? previous.get().identified()
                : identityChecks.findByDossierCode(dossier.code()).map(IdentityCheck::verified).orElse(null);
        Boolean conforming = dossier.timeliness() == null ? null
                : previous.map(DossierFact::conforming).orElseGet(() -> conforms(dossier));
        // Rated only once the result is ready, and never again.
        Optional<Rating> rating = finished == null || previous.map(DossierFact::ratedAt).isPresent() ? Optional.empty()
                : ratings.findByDossierCode(dossier.code());
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
                reuse.possible(),
                reuse.resubmitted(),
                identified,
                conforming,
                rating.map(Rating::ratedAt).orElse(previous.map(DossierFact::ratedAt).orElse(null)),
                rating.map(r -> r.ratedAt().atZone(zone).toLocalDate()).orElse(previous.map(DossierFact::ratedDay).orElse(null)),
                rating.map(Rating::satisfied).orElse(previous.map(DossierFact::ratingSatisfied).orElse(null)),
                rating.map(r -> r.scores().get(Criterion.ATTITUDE) >= 2)
                        .orElse(previous.map(DossierFact::serviceSatisfied).orElse(null)));
    }

    /**
     * ISO-PROCEDURES, measured once when the result is approved: in time (not late, Decision 766) and
     * without any deviation from the model the dossier ran on (iso.ConformanceCheck).
     */
    private Boolean conforms(Dossier dossier) {
        return dossier.timeliness() != Timeliness.LATE
                && conformance.deviations(dossier.code()).isEmpty();
    }

    private Instant dueAt(Instant appointment, PauseLedger ledger, Instant asOf) {
        Duration paused = calculator.pausedWorkingTime(ledger, asOf);
        return paused.isZero() ? appointment
                : calculator.clock().plusWorkingTime(appointment.atZone(zone), paused).toInstant();
    }
}
