package vn.motcua.interagency;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.deadline.Deadlines;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRepository;

/**
 * What an inter-agency model does at the borders between agencies, called as
 * {@code ${interAgency.handOver(execution, 'police', 'Đăng ký thường trú', now())}} and
 * {@code ${interAgency.resultReceived(execution, 'police', now())}}. Each crossing is an electronic
 * transfer of the dossier (Nghị định 63/2024/NĐ-CP: the agencies exchange dossiers through the
 * shared software, never on paper), recorded as a TRANSFERRED event, so the E-TRANSFER KPI and the
 * dossier's history show who held it and since when.
 */
@Component("interAgency")
@Transactional
public class InterAgencyExchange {

    static final String BUDGET = "step.budget";

    private final DossierRepository dossiers;
    private final Agencies agencies;
    private final Deadlines deadlines;

    public InterAgencyExchange(DossierRepository dossiers, Agencies agencies, Deadlines deadlines) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.deadlines = deadlines;
    }

    /** The commune hands its part over: from now the agency holds the dossier. */
    public void handOver(DelegateExecution execution, String agencyId, String subject, Date now) {
        String agency = agencies.name(agencyId);
        Dossier dossier = dossier(execution);
        dossier.transfer(now.toInstant(), Dossier.SYSTEM_ACTOR, agency + " (liên thông điện tử: " + subject + ")");
        dossiers.save(dossier);
        execution.setVariable(Agencies.variablePrefix(agencyId) + "HandedOverAt", now);
    }

    /** The agency's result came back (its system's callback or its officer's task): the commune holds it again. */
    public void resultReceived(DelegateExecution execution, String agencyId, Date now) {
        String prefix = Agencies.variablePrefix(agencyId);
        Object outcome = execution.getVariable(prefix + "Outcome");
        Object reference = execution.getVariable(prefix + "Reference");
        Object reportedBy = execution.getVariable(prefix + "ReportedBy");
        Dossier dossier = dossier(execution);
        Instant at = now.toInstant();
        String result = "REFUSED".equals(outcome) ? "từ chối: " + execution.getVariable(prefix + "Note")
                : "đã giải quyết" + (reference == null ? "" : ", số " + reference);
        dossier.transfer(at, reportedBy == null ? Dossier.SYSTEM_ACTOR : reportedBy.toString(),
                "Ủy ban nhân dân xã nhận kết quả liên thông từ " + agencies.name(agencyId) + " (" + result + ")");
        dossiers.save(dossier);
    }

    /**
     * When the agency's share of the legal limit runs out: its task's own {@code step.budget}, counted
     * on the working-day calendar from now. Used by the boundary timer on that task, so the budget is
     * written once, on the task, and gives both its due date and its timer.
     */
    public Date dueAt(DelegateExecution execution, Date now) {
        FlowElement element = execution.getBpmnModelInstance().getModelElementById(execution.getCurrentActivityId());
        if (element instanceof BoundaryEvent boundary) {
            element = boundary.getAttachedTo();
        }
        String budget = budget(element.getExtensionElements());
        if (budget == null) {
            throw new IllegalStateException("Bước " + element.getId() + " thiếu thuộc tính " + BUDGET);
        }
        return deadlines.dueAt(now, budget);
    }

    private static String budget(ExtensionElements extensions) {
        if (extensions == null) {
            return null;
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(group -> group.getCamundaProperties().stream())
                .filter(property -> BUDGET.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
    }

    private Dossier dossier(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        return dossiers.findByCode(code).orElseThrow(() -> new IllegalStateException("Không tìm thấy hồ sơ " + code));
    }
}
