package vn.motcua.iso;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.deadline.Timeliness;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.engine.SystemActions;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.paper.VietnameseDates;

/**
 * A dossier finished late is a nonconformity of the quality system (ISO 9001 clause 10.2): when it is
 * approved or returned late, a nonconformity process opens for the procedure's unit, once per dossier
 * (business key {@code NC-<dossier code>}). Runs inside the dossier's transaction, so both commit together.
 */
@Component
class LateDossierNonconformity {

    static final String PROCESS = "nonconformity";
    private static final Set<String> FINISHING = Set.of("APPROVED", "RETURNED");

    private final ProcessEngine engine;
    private final DossierRepository dossiers;
    private final ProcedureCatalog procedures;
    private final MotCuaProperties motcua;
    private final SystemActions system;

    LateDossierNonconformity(ProcessEngine engine, DossierRepository dossiers, ProcedureCatalog procedures,
                             MotCuaProperties motcua, SystemActions system) {
        this.system = system;
        this.engine = engine;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.motcua = motcua;
    }

    @EventListener
    void on(DossierChanged change) {
        if (!FINISHING.contains(change.type())) {
            return;
        }
        Dossier dossier = dossiers.findByCode(change.code()).orElse(null);
        if (dossier == null || dossier.timeliness() != Timeliness.LATE) {
            return;
        }
        String businessKey = "NC-" + dossier.code();
        Map<String, Object> variables = variables(dossier, change);
        // The officer whose step finished the dossier (a leader, the desk) may neither see every process nor
        // start this one: opening the nonconformity is the system's doing.
        system.run(() -> {
            if (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                    .processInstanceBusinessKey(businessKey).count() == 0) {
                engine.getRuntimeService().startProcessInstanceByKey(PROCESS, businessKey, variables);
            }
        });
    }

    private Map<String, Object> variables(Dossier dossier, DossierChanged change) {
        String unit = procedures.byCode(dossier.procedureCode()).map(Procedure::responsibleUnit).orElse("office");
        Map<String, Object> variables = new HashMap<>();
        variables.put("source", "LATE_DOSSIER");
        variables.put("sourceLabel", "Hồ sơ giải quyết quá hạn (tự động)");
        variables.put("dossierCode", dossier.code());
        variables.put("responsibleUnit", unit);
        variables.put("detectedAt", Date.from(change.at()));
        variables.put("description", "Hồ sơ " + dossier.code() + " (" + dossier.procedureName()
                + ") có kết quả quá hạn: hẹn trả " + shown(dossier.appointmentAt()) + ", hoàn thành "
                + shown(change.at()) + ".");
        return variables;
    }

    private String shown(Instant instant) {
        return instant == null ? "không rõ" : VietnameseDates.SHORT.format(instant.atZone(motcua.zone()));
    }
}
