package vn.motcua.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.MotCuaProperties;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.web.InvalidRequestException;

/**
 * Receives a dossier: gives it its code, stores it and starts the one-stop frame on it, in one
 * transaction (the engine shares the application's transaction manager), so a dossier never exists
 * without its process or the other way round.
 * <p>
 * The code is taken before that transaction begins: the counter has a transaction of its own, and taking
 * it inside ours would hold two pooled connections per intake — twenty desks at once then exhausted the
 * pool, every intake waiting for a second connection the others held (LoadKillRestartIT).
 */
@Service
public class DossierIntake {

    public static final String FRAME_PROCESS = "dossier";

    private final DossierRepository dossiers;
    private final ProcedureCatalog catalog;
    private final DossierCodeGenerator codes;
    private final RuntimeService runtime;
    private final MotCuaProperties motcua;
    private final Clock clock;
    private final RuleSets rules;
    private final TransactionTemplate transaction;

    public DossierIntake(DossierRepository dossiers, ProcedureCatalog catalog, DossierCodeGenerator codes,
                         RuntimeService runtime, MotCuaProperties motcua, Clock clock, RuleSets rules,
                         PlatformTransactionManager transactions) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.codes = codes;
        this.runtime = runtime;
        this.motcua = motcua;
        this.clock = clock;
        this.rules = rules;
        this.transaction = new TransactionTemplate(transactions);
    }

    public record Outcome(Dossier dossier, boolean created) {
    }

    public Outcome receive(IntakeRequest request, String actor) {
        if (request.portalReference() != null) {
            var existing = dossiers.findByReceivedByAndPortalReference(actor, request.portalReference());
            if (existing.isPresent()) {
                return new Outcome(existing.get(), false);
            }
        }
        Procedure procedure = catalog.byCode(request.procedureCode())
                .orElseThrow(() -> new UnknownProcedureException(request.procedureCode()));
        IntakeRequest.ApplicantData who = request.applicant();
        if (who.kind() == Applicant.Kind.CITIZEN && who.idNumber() == null) {
            throw new InvalidRequestException("Người nộp là công dân: cần số định danh cá nhân (CCCD) 12 chữ số");
        }
        if (who.kind() == Applicant.Kind.ORGANISATION && who.taxCode() == null) {
            throw new InvalidRequestException("Người nộp là tổ chức: cần mã số thuế");
        }
        Instant now = clock.instant();
        String code = codes.next(now.atZone(motcua.zone()).toLocalDate());
        return transaction.execute(status -> store(request, actor, procedure, code, now));
    }

    private Outcome store(IntakeRequest request, String actor, Procedure procedure, String code, Instant now) {
        IntakeRequest.ApplicantData who = request.applicant();
        Applicant applicant = new Applicant(who.kind(), who.fullName().strip(), who.idNumber(), who.taxCode(),
                who.phone(), who.email(), who.address());
        Dossier dossier = Dossier.receive(code, procedure.code(), procedure.name(), applicant, request.channel(),
                request.portalReference(), now, actor, rules.inForceOn(now.atZone(motcua.zone()).toLocalDate()).id());
        request.papers().forEach(paper -> dossier.addPaper(paper.name(), paper.originals(), paper.copies(), paper.reused()));
        dossier.linkProcessDefinition(procedure.processDefinitionId());
        dossiers.saveAndFlush(dossier);
        Map<String, Object> variables = new HashMap<>(Map.of(
                "dossierCode", code,
                "procedureKey", procedure.processKey(),
                // The dossier follows the rules in force when it was received, even if a new version is deployed.
                "procedureVersion", procedure.version(),
                "processingUnit", procedure.responsibleUnit()));
        if (!procedure.caseTimeLimits().isEmpty()) {
            // What the desk's check form shows when it offers the procedure's longer limits.
            variables.put("timeLimitCases", String.join("; ", procedure.caseTimeLimits().stream()
                    .map(option -> option.label() + ": " + option.timeLimit().toVietnamese()).toList()));
        }
        runtime.startProcessInstanceByKey(FRAME_PROCESS, code, variables);
        return new Outcome(dossier, true);
    }
}
