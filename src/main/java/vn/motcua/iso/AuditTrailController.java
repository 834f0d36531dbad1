package vn.motcua.iso;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
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

import vn.motcua.MotCuaProperties;

/** A dossier's audit trail (JSON and CSV) and the conformance of a process over a period; read-only. */
@RestController
@RequestMapping("/api/iso")
@PreAuthorize(IsoController.READERS)
class AuditTrailController {

    private final AuditTrails trails;
    private final ConformanceCheck conformance;
    private final AuditTrailCsv csv;

    AuditTrailController(AuditTrails trails, ConformanceCheck conformance, MotCuaProperties properties) {
        this.trails = trails;
        this.conformance = conformance;
        this.csv = new AuditTrailCsv(new IsoFormat(properties.zone()));
    }

    @GetMapping("/dossiers/{code}/trail")
    AuditTrail trail(@PathVariable String code) {
        return trails.of(code);
    }

    @GetMapping(value = "/dossiers/{code}/trail.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> trailCsv(@PathVariable String code) {
        byte[] body = csv.write(trails.of(code)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("nhat-ky-" + code + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    @GetMapping("/conformance")
    Conformance conformance(@RequestParam String key,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return conformance.of(key, from, to);
    }
}
