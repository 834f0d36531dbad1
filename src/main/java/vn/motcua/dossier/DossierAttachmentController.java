package vn.motcua.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The dossier's files: uploaded at intake (desk scans, portal uploads), readable by every later step. */
@RestController
@RequestMapping("/api/dossiers/{code}/attachments")
class DossierAttachmentController {

    private final DossierAttachments attachments;
    private final DossierReaders readers;

    DossierAttachmentController(DossierAttachments attachments, DossierReaders readers) {
        this.attachments = attachments;
        this.readers = readers;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('DESK', 'PORTAL', 'ADMIN')")
    ResponseEntity<AttachmentSummary> upload(@PathVariable String code, @RequestParam("file") MultipartFile file,
                                             @RequestParam(value = "paperName", required = false) String paperName,
                                             Authentication user) throws IOException {
        // The portal attaches only to what it filed itself; others' dossiers do not exist for it.
        boolean portal = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PORTAL"));
        return ResponseEntity.status(HttpStatus.CREATED).body(attachments.attach(code, file.getOriginalFilename(),
                file.getBytes(), paperName, user.getName(), portal));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('DESK', 'UNIT', 'LEADER', 'MANAGER', 'AUDITOR', 'ADMIN')")
    List<AttachmentSummary> list(@PathVariable String code, Authentication user) {
        readers.check(code, user);
        return attachments.list(code);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('DESK', 'UNIT', 'LEADER', 'MANAGER', 'AUDITOR', 'ADMIN')")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id, Authentication user) {
        readers.check(code, user);
        DossierAttachment attachment = attachments.download(code, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .body(attachment.content());
    }
}
