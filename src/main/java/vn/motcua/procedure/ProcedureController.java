package vn.motcua.procedure;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.identity.OrganisationProperties;

/** The procedure catalogue for staff, read from the deployed models (docs/procedures.md). */
@RestController
@RequestMapping("/api/procedures")
class ProcedureController {

    private final ProcedureCatalog catalog;
    private final OrganisationProperties organisation;

    ProcedureController(ProcedureCatalog catalog, OrganisationProperties organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('DESK', 'UNIT', 'LEADER', 'MANAGER', 'AUDITOR', 'ADMIN')")
    List<ProcedureView> list() {
        return catalog.all().stream()
                .sorted(Comparator.comparing(Procedure::field).thenComparing(Procedure::code))
                .map(procedure -> ProcedureView.of(procedure, unitName(procedure.responsibleUnit())))
                .toList();
    }

    private String unitName(String unit) {
        return organisation.units().stream().filter(candidate -> candidate.id().equals(unit))
                .map(OrganisationProperties.Unit::name).findFirst().orElse(unit);
    }
}
