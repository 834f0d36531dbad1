package vn.motcua.iso;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.motcua.identity.OrganisationProperties;

/**
 * Internal audit → nonconformity (ISO 9001 9.2 to 10.2): every line of the audit's list of
 * nonconformities ("unit: description") opens a nonconformity process for that unit, once
 * (business key {@code NC-<audit business key>-<line number>}). Registered as {@code isoAudits}.
 */
@Component("isoAudits")
public class IsoAudits {

    private final ProcessEngine engine;
    private final Set<String> units;

    public IsoAudits(ProcessEngine engine, OrganisationProperties organisation) {
        this.engine = engine;
        this.units = organisation.units().stream().map(OrganisationProperties.Unit::id).collect(Collectors.toSet());
    }

    /** Complete listener of the audit report; returns how many nonconformities were opened. */
    public int openNonconformities(DelegateTask task) {
        Object list = task.getVariable("nonconformities");
        if (list == null) {
            return 0;
        }
        String audit = task.getExecution().getProcessBusinessKey() != null ? task.getExecution().getProcessBusinessKey()
                : task.getProcessInstanceId();
        String[] lines = list.toString().split("\\R");
        int opened = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            opened++;
            String businessKey = "NC-" + audit + "-" + opened;
            if (engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(LateDossierNonconformity.PROCESS).processInstanceBusinessKey(businessKey).count() > 0) {
                continue;
            }
            engine.getRuntimeService().startProcessInstanceByKey(LateDossierNonconformity.PROCESS, businessKey,
                    variables(line.trim(), audit));
        }
        return opened;
    }

    /** "justice: ..." goes to that unit; a line without a known unit goes to the office, which owns the system. */
    private Map<String, Object> variables(String line, String audit) {
        int colon = line.indexOf(':');
        String prefix = colon > 0 ? line.substring(0, colon).trim() : "";
        boolean known = units.contains(prefix);
        Map<String, Object> variables = new HashMap<>();
        variables.put("source", "AUDIT");
        variables.put("sourceLabel", "Đánh giá nội bộ " + audit);
        variables.put("responsibleUnit", known ? prefix : "office");
        variables.put("description", known ? line.substring(colon + 1).trim() : line);
        return variables;
    }
}
