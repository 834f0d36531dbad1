package vn.motcua.interagency;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The callback another agency's system calls when its part of an inter-agency dossier is done:
 * {@code POST /api/interagency/{dossierCode}/results}, authenticated as that agency's system
 * account (a member of its group, role AGENCY).
 */
@RestController
@RequestMapping("/api/interagency")
class InterAgencyController {

    private static final String GROUP = "GROUP_";

    private final InterAgencyResults results;
    private final Agencies agencies;

    InterAgencyController(InterAgencyResults results, Agencies agencies) {
        this.results = results;
        this.agencies = agencies;
    }

    @PostMapping("/{dossierCode}/results")
    @PreAuthorize("hasRole('AGENCY')")
    ResponseEntity<Map<String, Object>> result(@PathVariable String dossierCode,
                                               @RequestBody(required = false) AgencyResult body,
                                               Authentication caller) {
        var groups = caller.getAuthorities().stream().map(org.springframework.security.core.GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(GROUP)).map(authority -> authority.substring(GROUP.length()))
                .toList();
        String agency = results.deliver(dossierCode, body, caller.getName(), groups);
        return ResponseEntity.accepted().body(Map.of("status", 202, "message",
                "Đã nhận kết quả của " + agencies.name(agency) + " cho hồ sơ " + dossierCode));
    }
}
