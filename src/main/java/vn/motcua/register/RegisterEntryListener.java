package vn.motcua.register;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the register entry ({@code camunda:delegateExpression="${registerEntry}"}): a
 * listener bean, so a refused figure reaches the user as a 400 with its message, not a wrapped engine error.
 */
@Component("registerEntry")
class RegisterEntryListener implements TaskListener {

    private final RegisterUpdates updates;

    RegisterEntryListener(RegisterUpdates updates) {
        this.updates = updates;
    }

    @Override
    public void notify(DelegateTask task) {
        updates.record(task);
    }
}
