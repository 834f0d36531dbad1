package vn.motcua.reform;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reform-task checks as listener beans ({@code camunda:delegateExpression}), not expressions: an
 * expression wraps a refusal into a generic engine error (HTTP 500 in the REST API); a listener's
 * {@code BadUserRequestException} reaches the user as a 400 with our Vietnamese message.
 */
@Configuration
class ReformTaskListeners {

    @Bean("reformTaskStart")
    ExecutionListener reformTaskStart(ReformTasks tasks) {
        return (DelegateExecution execution) -> tasks.prepare(execution);
    }

    @Bean("reformTaskEvidence")
    TaskListener reformTaskEvidence(ReformTasks tasks) {
        return (DelegateTask task) -> tasks.checkEvidence(task);
    }
}
