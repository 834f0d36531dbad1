package vn.motcua.citizen.papers;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.DossierReaders;
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

    record OnFileRequest(@NotBlank(message = "chưa chọn thủ tục") String procedure,
                         @NotBlank(message = "cần số định danh cá nhân hoặc mã số thuế của người nộp")
                         @Pattern(regexp = "[0-9]{12}|[0-9]{10}(-[0-9]{3})?",
                                 message = "cần số định danh cá nhân (12 chữ số) hoặc mã số thuế của người nộp")
                         String owner,
                         @Size(max = 64, message = "mã hồ sơ tối đa 64 ký tự") String dossier) {
    }

    /**
     * {@code POST /api/citizen/papers/on-file} with {@code {"procedure": "1.001193", "owner": "001090001234",
     * "dossier": ...}}: which of the procedure's required papers the applicant (ID number or tax code) already has
     * on file. A POST because every look is written to the access log: a GET could be set off by a cross-site link
     * opened by a signed-in officer and leave a false entry; a write on the session needs the AJAX header.
     */
    @PostMapping("/api/citizen/papers/on-file")
    @PreAuthorize("hasAnyRole('DESK', 'ADMIN')")
    List<PaperStore.RequiredPaper> onFile(@Valid @RequestBody OnFileRequest request, Principal who) {
        return store.onFile(request.procedure(), request.owner(), request.dossier(), who.getName());
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
