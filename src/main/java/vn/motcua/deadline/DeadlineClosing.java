package vn.motcua.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes a process instance's deadlines when it ends, completed or cancelled. The Camunda starter
 * publishes every execution event as a Spring event inside the engine's transaction, so the close
 * commits or rolls back with the end of the instance, and no engine internals are needed.
 */
@Component
class DeadlineClosing {

    private final DeadlineTracker tracker;

    DeadlineClosing(DeadlineTracker tracker) {
        this.tracker = tracker;
    }

    @EventListener
    void onExecutionEvent(DelegateExecution execution) {
        if (ExecutionListener.EVENTNAME_END.equals(execution.getEventName()) && isProcessInstanceScope(execution)) {
            tracker.closeAll(execution.getProcessInstanceId());
        }
    }

    /**
     * Activities also end on the process instance's execution; only the process itself runs in the root
     * activity instance, whose id is the process instance's.
     */
    private static boolean isProcessInstanceScope(DelegateExecution execution) {
        String processInstanceId = execution.getProcessInstanceId();
        return processInstanceId != null && processInstanceId.equals(execution.getId())
                && processInstanceId.equals(execution.getActivityInstanceId());
    }
}
