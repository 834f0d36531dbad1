package vn.motcua.iso;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's read-only API: the register, each version's ISO document, the diff between versions.
 * Only GET exists here; SecurityConfiguration refuses every other method on /api/iso with 403.
 */
@RestController
@RequestMapping("/api/iso")
@PreAuthorize(IsoController.READERS)
class IsoController {

    static final String READERS = "hasAnyRole('AUDITOR', 'MANAGER', 'LEADER', 'ADMIN')";

    private final IsoRegister register;
    private final ProcessModels models;
    private final DocumentRenderer renderer;
    private final VersionDiff diff;

    IsoController(IsoRegister register, ProcessModels models, DocumentRenderer renderer, VersionDiff diff) {
        this.register = register;
        this.models = models;
        this.renderer = renderer;
        this.diff = diff;
    }

    @GetMapping("/register")
    List<RegisterEntry> register() {
        return register.entries();
    }

    @GetMapping("/processes/{key}/versions")
    List<Revision> versions(@PathVariable String key) {
        return register.revisions(key);
    }

    @GetMapping("/definitions/{definitionId}")
    ProcessDocument document(@PathVariable String definitionId) {
        return models.document(definitionId);
    }

    @GetMapping(value = "/definitions/{definitionId}/xml", produces = MediaType.APPLICATION_XML_VALUE)
    String xml(@PathVariable String definitionId) {
        return models.xml(definitionId);
    }

    @GetMapping(value = "/definitions/{definitionId}/document", produces = MediaType.TEXT_HTML_VALUE)
    String html(@PathVariable String definitionId) {
        return renderer.html(definitionId, "/api/iso/definitions/" + definitionId + "/xml");
    }

    @GetMapping(value = "/definitions/{definitionId}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String definitionId) {
        ProcessDocument document = models.document(definitionId);
        String fileName = document.documentNumber() + "-lan-" + document.revision() + ".pdf";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(renderer.pdf(definitionId));
    }

    @GetMapping("/diff")
    List<VersionChange> diff(@RequestParam String from, @RequestParam String to) {
        return diff.between(from, to);
    }
}
