package vn.motcua.procedure;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

import vn.motcua.deadline.Deadlines;

/**
 * Gives each step its due date from the budget the model declares on it ({@code step.budget},
 * e.g. "0.5 WORKING_DAYS"), so the budget is written once, in the model. Called as the user task's
 * create listener {@code ${stepBudgets.apply(task, now())}}.
 */
@Component("stepBudgets")
public class StepBudgets {

    private final Deadlines deadlines;

    public StepBudgets(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    public void apply(DelegateTask task, Date now) {
        budget(task).ifPresent(budget -> task.setDueDate(deadlines.dueAt(now, budget)));
    }

    private static Optional<String> budget(DelegateTask task) {
        ExtensionElements extensions = task.getBpmnModelElementInstance().getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(group -> group.getCamundaProperties().stream())
                .filter(property -> ProcedureModel.STEP_BUDGET.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst();
    }
}
