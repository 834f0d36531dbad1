package vn.motcua.citizen.papers;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.DossierReaders;
import vn.motcua.web.InvalidRequestException;
import vn.motcua.web.NotFoundException;

/** The desk's view of an applicant's stored papers at intake, and the access log. */
@RestController
class PaperStoreController {

    private final PaperStore store;
    private final IdentityCheckRepository identityChecks;
    private final DossierReaders readers;

    PaperStoreController(PaperStore store, IdentityCheckRepository identityChecks, DossierReaders readers) {
        this.store = store;
        this.identityChecks = identityChecks;
        this.readers = readers;
    }

    /**
     * {@code GET /api/citizen/papers/on-file?procedure=1.001193&owner=001090001234[&dossier=...]}: which of
     * the procedure's required papers the applicant (ID number or tax code) already has on file.
     */
    @GetMapping("/api/citizen/papers/on-file")
    @PreAuthorize("hasAnyRole('DESK', 'ADMIN')")
    List<PaperStore.RequiredPaper> onFile(@RequestParam String procedure, @RequestParam String owner,
                                          @RequestParam(required = false) String dossier, Principal who) {
        if (!owner.matches("[0-9]{12}|[0-9]{10}(-[0-9]{3})?")) {
            throw new InvalidRequestException("Cần số định danh cá nhân (12 chữ số) hoặc mã số thuế của người nộp");
        }
        return store.onFile(procedure, owner, dossier, who.getName());
    }

    record AccessView(String actor, String dossierCode, String purpose, Instant accessedAt) {
    }

    /** Who looked at this person's papers; auditors answer a citizen's question with it. */
    @GetMapping("/api/citizen/papers/{owner}/access-log")
    @PreAuthorize("hasAnyRole('AUDITOR', 'LEADER', 'ADMIN')")
    List<AccessView> accessLog(@PathVariable String owner) {
        return store.accessLog(owner).stream()
                .map(access -> new AccessView(access.actor(), access.dossierCode(), access.purpose(), access.accessedAt()))
                .toList();
    }

    record IdentityView(String dossierCode, boolean verified, String source, String detail, Instant checkedAt) {
    }

    @GetMapping("/api/citizen/identity-checks/{code}")
    @PreAuthorize("hasAnyRole('DESK', 'UNIT', 'LEADER', 'MANAGER', 'AUDITOR', 'ADMIN')")
    IdentityView identityCheck(@PathVariable String code, Authentication user) {
        readers.check(code, user);
        return identityChecks.findByDossierCode(code)
                .map(check -> new IdentityView(check.dossierCode(), check.verified(), check.source(), check.detail(),
                        check.checkedAt()))
                .orElseThrow(() -> new NotFoundException("Hồ sơ " + code + " chưa được xác thực danh tính điện tử"));
    }
}
