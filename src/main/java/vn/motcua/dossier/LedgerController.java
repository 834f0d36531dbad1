package vn.motcua.dossier;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Form 07, the tracking ledger (Sổ theo dõi hồ sơ) of a period, printed from the electronic records. */
@RestController
class LedgerController {

    private final DossierPapers papers;

    LedgerController(DossierPapers papers) {
        this.papers = papers;
    }

    @GetMapping(value = "/api/ledger", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('DESK', 'LEADER', 'MANAGER', 'AUDITOR', 'ADMIN')")
    ResponseEntity<byte[]> ledger(@RequestParam("tu") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam("den") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(value = "linhVuc", required = false) String field) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("so-theo-doi-" + from + "-" + to + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(papers.ledger(from, to, field == null || field.isBlank() ? null : field.strip()));
    }
}
