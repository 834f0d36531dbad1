package vn.motcua.citizen.papers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.MotCuaProperties;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierPaper;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.web.InvalidRequestException;
import vn.motcua.web.NotFoundException;

/**
 * Papers never asked twice: the papers a citizen or organisation already gave (accepted dossiers)
 * or received (results), the desk's view of which required papers are on file, and the check that a
 * paper marked reused at intake really is on file and valid. Every look is recorded.
 */
@Service
public class PaperStore {

    private final StoredPaperRepository papers;
    private final PaperAccessRepository accesses;
    private final IdentityCheckRepository identityChecks;
    private final PopulationRegistry registry;
    private final DossierRepository dossiers;
    private final ProcedureCatalog catalog;
    private final PaperStoreProperties properties;
    private final MotCuaProperties motcua;
    private final Clock clock;

    PaperStore(StoredPaperRepository papers, PaperAccessRepository accesses, IdentityCheckRepository identityChecks,
               PopulationRegistry registry, DossierRepository dossiers, ProcedureCatalog catalog,
               PaperStoreProperties properties, MotCuaProperties motcua, Clock clock) {
        this.papers = papers;
        this.accesses = accesses;
        this.identityChecks = identityChecks;
        this.registry = registry;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.properties = properties;
        this.motcua = motcua;
        this.clock = clock;
    }

    /** One required paper of a procedure and whether the applicant's store holds a valid one. */
    public record RequiredPaper(String name, boolean onFile, String fromDossier, Instant validUntil) {
    }

    /** What the desk sees at intake; the look is recorded with who asked and for which dossier. */
    @Transactional
    public List<RequiredPaper> onFile(String procedureCode, String ownerId, String dossierCode, String actor) {
        Procedure procedure = catalog.byCode(procedureCode)
                .orElseThrow(() -> new NotFoundException("Không có thủ tục " + procedureCode));
        Instant now = clock.instant();
        accesses.save(new PaperAccess(ownerId, actor, dossierCode, "Xem giấy tờ đã có khi tiếp nhận thủ tục "
                + procedure.code(), now));
        List<StoredPaper> stored = papers.findByOwnerIdOrderByStoredAtDesc(ownerId);
        // Only the papers the procedure's model marks reusable may come from the store.
        return procedure.papers().stream().map(required -> (required.reusable()
                        ? valid(stored, required.name(), now) : java.util.Optional.<StoredPaper>empty())
                .map(paper -> new RequiredPaper(required.name(), true, paper.dossierCode(), paper.validUntil()))
                .orElseGet(() -> new RequiredPaper(required.name(), false, null, null))).toList();
    }

    @Transactional(readOnly = true)
    public List<PaperAccess> accessLog(String ownerId) {
        return accesses.findByOwnerIdOrderByAccessedAtAscIdAsc(ownerId);
    }

    @Transactional(readOnly = true)
    public List<StoredPaper> stored(String ownerId) {
        return papers.findByOwnerIdOrderByStoredAtDesc(ownerId);
    }

    /**
     * NO-RESUBMIT, as of the dossier's receipt: whether any paper the procedure's model marks reusable was
     * on file and valid (the applicant could have been spared it), and whether one of those was handed in
     * again instead of being reused. Papers of the dossier itself never count.
     */
    @Transactional(readOnly = true)
    public Reuse reuseAtReceipt(String dossierCode) {
        Dossier dossier = dossiers.findByCode(dossierCode)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + dossierCode));
        // The version the dossier was received under (read once per version), as the KPI facts use it.
        java.util.Set<String> reusable = Optional.ofNullable(dossier.processDefinitionId()).flatMap(catalog::byDefinitionId)
                .or(() -> catalog.byCode(dossier.procedureCode())).map(Procedure::papers)
                .orElse(List.of()).stream().filter(Procedure.Paper::reusable)
                .map(paper -> StoredPaper.key(paper.name())).collect(java.util.stream.Collectors.toSet());
        List<StoredPaper> stored = papers.findByOwnerIdOrderByStoredAtDesc(owner(dossier.applicant())).stream()
                .filter(paper -> !paper.dossierCode().equals(dossierCode)).toList();
        List<DossierPaper> onFile = dossier.papers().stream()
                .filter(paper -> paper.reused() || reusable.contains(StoredPaper.key(paper.name())))
                .filter(paper -> paper.reused() || valid(stored, paper.name(), dossier.receivedAt()).isPresent())
                .toList();
        return new Reuse(!onFile.isEmpty(), onFile.stream().anyMatch(paper -> !paper.reused()));
    }

    /**
     * @param possible    at least one of the dossier's papers was on file (reused, or could have been)
     * @param resubmitted at least one paper on file was handed in again
     */
    public record Reuse(boolean possible, boolean resubmitted) {
    }

    /** Before the KPI fact of the change, which reads the identity check made here. */
    @EventListener
    @org.springframework.core.annotation.Order(10)
    @Transactional
    public void changed(DossierChanged change) {
        switch (change.type()) {
            case "RECEIVED" -> received(change);
            case "ACCEPTED" -> keepAccepted(change);
            case "APPROVED" -> keepResult(change);
            default -> { }
        }
    }

    /** A paper marked reused must be on file and valid, else the intake fails and the desk asks for it. */
    private void received(DossierChanged change) {
        Dossier dossier = dossier(change.code());
        String owner = owner(dossier.applicant());
        identityChecks.save(new IdentityCheck(dossier.code(), check(dossier.applicant()), change.at()));
        List<DossierPaper> reused = dossier.papers().stream().filter(DossierPaper::reused).toList();
        if (reused.isEmpty()) {
            return;
        }
        List<StoredPaper> stored = papers.findByOwnerIdOrderByStoredAtDesc(owner);
        for (DossierPaper paper : reused) {
            if (valid(stored, paper.name(), change.at()).isEmpty()) {
                throw new InvalidRequestException("Giấy tờ \"" + paper.name() + "\" không có trong kho dữ liệu của "
                        + "người nộp hoặc đã hết hiệu lực: cần nộp giấy tờ này");
            }
        }
        accesses.save(new PaperAccess(owner, change.actor(), dossier.code(), "Sử dụng lại " + reused.size()
                + " giấy tờ đã có khi tiếp nhận", change.at()));
    }

    /** An unreachable registry must not stop the intake: the dossier is then simply not marked verified. */
    private PopulationRegistry.Check check(Applicant applicant) {
        try {
            return registry.verify(applicant);
        } catch (RuntimeException e) {
            return new PopulationRegistry.Check(false, "CSDLQG về dân cư", "Không kết nối được: " + e.getMessage());
        }
    }

    private void keepAccepted(DossierChanged change) {
        Dossier dossier = dossier(change.code());
        dossier.papers().stream().filter(paper -> !paper.reused() && properties.kept(paper.name()))
                .forEach(paper -> keep(dossier, paper.name(), StoredPaper.Source.ACCEPTED, change.at()));
    }

    private void keepResult(DossierChanged change) {
        Dossier dossier = dossier(change.code());
        catalog.byDefinitionId(dossier.processDefinitionId()).map(Procedure::result)
                .ifPresent(result -> keep(dossier, result, StoredPaper.Source.RESULT, change.at()));
    }

    private void keep(Dossier dossier, String name, StoredPaper.Source source, Instant at) {
        String owner = owner(dossier.applicant());
        if (!papers.existsByOwnerIdAndNameKeyAndDossierCode(owner, StoredPaper.key(name), dossier.code())) {
            papers.save(new StoredPaper(dossier.applicant().kind(), owner, name, source, dossier.code(), at,
                    validUntil(name, at)));
        }
    }

    private Instant validUntil(String name, Instant from) {
        String lower = name.toLowerCase(Locale.ROOT);
        return properties.validity().stream()
                .filter(rule -> lower.contains(rule.nameContains().toLowerCase(Locale.ROOT))).findFirst()
                .map(rule -> {
                    ZonedDateTime start = from.atZone(motcua.zone());
                    return start.plus(rule.period()).toInstant();
                }).orElse(null);
    }

    private static Optional<StoredPaper> valid(List<StoredPaper> stored, String name, Instant at) {
        String key = StoredPaper.key(name);
        return stored.stream().filter(paper -> paper.nameKey().equals(key) && paper.validAt(at)).findFirst();
    }

    private Dossier dossier(String code) {
        return dossiers.findByCode(code).orElseThrow(() -> new IllegalStateException("Không tìm thấy hồ sơ " + code));
    }

    static String owner(Applicant applicant) {
        return applicant.kind() == Applicant.Kind.ORGANISATION ? applicant.taxCode() : applicant.idNumber();
    }
}
