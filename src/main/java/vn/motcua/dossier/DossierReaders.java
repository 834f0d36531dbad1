package vn.motcua.dossier;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

import vn.motcua.engine.SystemActions;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.web.NotFoundException;

/**
 * Who may read a dossier and everything scoped to it (its papers, files, messages, identity check). The desk,
 * leaders, managers, auditors and administrators see every dossier; a specialised unit sees the dossiers of
 * the procedures it processes and those it was given a task in; the portal sees what it filed itself. To
 * anyone else the dossier does not exist (404): a 403 would confirm that the code is real.
 */
@Service
public class DossierReaders {

    private static final List<String> SEE_ALL = List.of("ROLE_DESK", "ROLE_LEADER", "ROLE_MANAGER", "ROLE_AUDITOR",
            "ROLE_ADMIN");
    private static final String GROUP = "GROUP_";

    private final DossierRepository dossiers;
    private final ProcedureCatalog catalog;
    private final HistoryService history;
    private final SystemActions system;

    DossierReaders(DossierRepository dossiers, ProcedureCatalog catalog, HistoryService history, SystemActions system) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.history = history;
        this.system = system;
    }

    /** The dossier if the caller may read it; otherwise, as when it does not exist, a Vietnamese 404. */
    public Dossier readable(String code, Authentication user) {
        return dossiers.findByCode(code).filter(dossier -> mayRead(dossier, user))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + code));
    }

    /** Checks the caller may read the dossier before anything scoped to it is looked up. */
    public void check(String code, Authentication user) {
        readable(code, user);
    }

    /** The candidate group of the unit that processes the dossier's procedure (the model's {@code procedure.unit}). */
    String processingUnit(Dossier dossier) {
        return catalog.byCode(dossier.procedureCode()).map(Procedure::responsibleUnit).orElse(null);
    }

    private boolean mayRead(Dossier dossier, Authentication user) {
        List<String> authorities = authorities(user);
        if (authorities.stream().anyMatch(SEE_ALL::contains)) {
            return true;
        }
        if (authorities.contains("ROLE_PORTAL")) {
            return dossier.receivedBy().equals(user.getName());
        }
        if (!authorities.contains("ROLE_UNIT")) {
            return false;
        }
        List<String> groups = groups(user);
        return groups.contains(processingUnit(dossier)) || hadTask(dossier.code(), groups);
    }

    /** A step handed to another unit (e.g. finance for a fee) lets it read the dossier it works on. */
    private boolean hadTask(String code, List<String> groups) {
        // The check is the system's, not the officer's: the engine's own task permissions must not hide the answer.
        return system.call(() -> groups.stream().anyMatch(group -> history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(code).taskHadCandidateGroup(group).count() > 0));
    }

    private static List<String> groups(Authentication user) {
        return authorities(user).stream().filter(authority -> authority.startsWith(GROUP))
                .map(authority -> authority.substring(GROUP.length())).toList();
    }

    private static List<String> authorities(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
