package vn.motcua.citizen.signature;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.DossierPapers;
import vn.motcua.dossier.DossierReaders;
import vn.motcua.web.InvalidRequestException;

/**
 * Signed papers for staff, and the public check anyone can run on a PDF they were given:
 * {@code POST /api/public/signatures/verify} with the PDF as the request body.
 */
@RestController
class SignatureController {

    private static final int MAX_PDF = 10 * 1024 * 1024;

    private final PdfSigner signer;
    private final SignatureVerifier verifier;
    private final DossierPapers papers;
    private final DossierReaders readers;

    private static final java.util.Set<String> CENTRE_FORMS = java.util.Set.of("01", "02", "03", "06");

    SignatureController(PdfSigner signer, SignatureVerifier verifier, DossierPapers papers, DossierReaders readers) {
        this.readers = readers;
        this.signer = signer;
        this.verifier = verifier;
        this.papers = papers;
    }

    @PostMapping(value = "/api/public/signatures/verify",
            consumes = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    SignatureVerifier.Verdict verify(@RequestBody byte[] pdf) {
        return verifier.verify(checked(pdf));
    }

    /**
     * An official form of the dossier (01, 02, 03, 06: the centre's own papers), signed. The apology (04)
     * and the stop notice (05) are signed by the People's Committee's leader, not by whoever asks here.
     */
    @GetMapping(value = "/api/citizen/signed-papers/{code}/{form}", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('DESK', 'UNIT', 'LEADER', 'ADMIN')")
    ResponseEntity<byte[]> signedForm(@PathVariable String code, @PathVariable String form, Authentication user) {
        // The form rule says nothing about the dossier, so it may come first.
        if (!CENTRE_FORMS.contains(form)) {
            throw new InvalidRequestException("Chỉ ký số tại đây các mẫu 01, 02, 03 và 06 của Trung tâm");
        }
        readers.check(code, user);
        return pdf(signer.sign(papers.pdf(code, form)), code + "-mau-" + form + "-da-ky.pdf");
    }

    /** A result document the unit produced (e.g. the certificate), signed with the commune's certificate. */
    @PostMapping(value = "/api/citizen/signatures/sign", produces = MediaType.APPLICATION_PDF_VALUE,
            consumes = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    ResponseEntity<byte[]> signResult(@RequestBody byte[] pdf) {
        if (verifier.verify(checked(pdf)).signed()) {
            throw new InvalidRequestException("Tệp đã có chữ ký số");
        }
        return pdf(signer.sign(pdf), "ket-qua-da-ky.pdf");
    }

    private static byte[] checked(byte[] pdf) {
        if (pdf == null || pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F') {
            throw new InvalidRequestException("Tệp gửi lên không phải là tệp PDF");
        }
        if (pdf.length > MAX_PDF) {
            throw new InvalidRequestException("Tệp PDF tối đa 10 MB");
        }
        return pdf;
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
    }
}
