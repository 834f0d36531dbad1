package vn.motcua.register;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.springframework.stereotype.Component;

import vn.motcua.engine.CurrentUser;
import vn.motcua.engine.InputRefusal;

/**
 * Periodic entry of the figures no workflow produces ({@code registerUpdates} in the register-update
 * model). Which indicators, their unit and measure are declared once, on the model, as properties
 * {@code register.indicator} = "id; unit; measure; label".
 */
@Component("registerUpdates")
public class RegisterUpdates {

    static final String PROCESS = "register-update";
    static final String INDICATOR = "register.indicator";

    private final ProcessEngine engine;
    private final RegisterFigureRepository figures;
    private final CurrentUser currentUser;
    private final Clock clock;

    public RegisterUpdates(ProcessEngine engine, RegisterFigureRepository figures, CurrentUser currentUser, Clock clock) {
        this.engine = engine;
        this.figures = figures;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public record Indicator(String id, String unit, String measure, String label) {
    }

    /** The indicators the deployed model declares. */
    public List<Indicator> indicators() {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS).latestVersion().singleResult();
        Process process = engine.getRepositoryService().getBpmnModelInstance(definition.getId())
                .getModelElementById(PROCESS);
        ExtensionElements extensions = process.getExtensionElements();
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(group -> group.getCamundaProperties().stream())
                .filter(property -> INDICATOR.equals(property.getCamundaName()))
                .map(property -> {
                    String[] parts = property.getCamundaValue().split(";", 4);
                    return new Indicator(parts[0].trim(), parts[1].trim(), parts[2].trim(), parts[3].trim());
                })
                .toList();
    }

    /** One entry task per indicator for the period, once (business key {@code SL-<indicator>-<period>}). */
    public int start(String periodKey, String periodLabel, LocalDate periodStart, LocalDate periodEnd) {
        int started = 0;
        for (Indicator indicator : indicators()) {
            String businessKey = "SL-" + indicator.id() + "-" + periodKey;
            if (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                    .processInstanceBusinessKey(businessKey).count() > 0) {
                continue;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("indicator", indicator.id());
            variables.put("indicatorLabel", indicator.label());
            variables.put("unit", indicator.unit());
            variables.put("measure", indicator.measure());
            variables.put("periodLabel", periodLabel);
            variables.put("periodStart", periodStart.toString());
            variables.put("periodEnd", periodEnd.toString());
            engine.getRuntimeService().startProcessInstanceByKey(PROCESS, businessKey, variables);
            started++;
        }
        return started;
    }

    /** Complete listener of the entry task: appends the figure to the register (never overwrites). */
    public void record(DelegateTask task) {
        Object figure = task.getVariable("figure");
        Object evidence = task.getVariable("evidence");
        if (figure == null || evidence == null || evidence.toString().isBlank()) {
            throw InputRefusal.of("Cần nhập số liệu và minh chứng.");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(figure.toString());
        } catch (NumberFormatException e) {
            throw InputRefusal.of("Số liệu không hợp lệ: " + figure, e);
        }
        if (value.signum() < 0 || ("PERCENT".equals(task.getVariable("measure")) && value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw InputRefusal.of("Số liệu không hợp lệ: " + figure);
        }
        String enteredBy = currentUser.id().orElse(task.getAssignee() != null ? task.getAssignee() : "không rõ");
        figures.save(new RegisterFigure(String.valueOf(task.getVariable("indicator")),
                LocalDate.parse(String.valueOf(task.getVariable("periodStart"))),
                LocalDate.parse(String.valueOf(task.getVariable("periodEnd"))), value,
                String.valueOf(task.getVariable("measure")), evidence.toString(),
                String.valueOf(task.getVariable("unit")), enteredBy, clock.instant()));
    }
}
