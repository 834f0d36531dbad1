package vn.motcua.iso;

import java.util.List;

/**
 * One step (user task) of a deployed model as the ISO procedure document states it.
 *
 * @param id         the activity id; versions are compared by it
 * @param units      the responsible units as people read them (organisation names, or the rule that picks one)
 * @param unitIds    the candidate groups as the model writes them
 * @param budget     the model's {@code step.budget} ("1.5 WORKING_DAYS"), null when the step has none
 * @param budgetText the budget in Vietnamese ("1,5 ngày làm việc")
 * @param form       the Camunda form the step uses ({@code camunda:formRef})
 * @param record     the record the step produces ({@code step.record})
 */
public record ProcessStep(
        String id,
        String name,
        List<String> unitIds,
        List<String> units,
        String budget,
        String budgetText,
        String form,
        String record) {
}
