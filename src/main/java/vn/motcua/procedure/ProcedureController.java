package vn.motcua.procedure;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The procedures the commune offers, as the deployed models state them: what the desk receives against. */
@RestController
@RequestMapping("/api/procedures")
class ProcedureController {

    private final ProcedureCatalog catalog;

    ProcedureController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    record ProcedureView(String code, String name, String field, String timeLimit, String unit,
                         List<String> papers, String result, String fee, int version) {
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<ProcedureView> all() {
        return catalog.all().stream().sorted(Comparator.comparing(Procedure::name))
                .map(p -> new ProcedureView(p.code(), p.name(), p.field(), p.timeLimit().toVietnamese(),
                        p.responsibleUnit(), p.papers(), p.result(), p.fee(), p.version()))
                .toList();
    }
}
