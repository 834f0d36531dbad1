package vn.motcua.identity;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

/**
 * The Camunda grants each role gets. Task work is not granted here: the engine grants a unit's
 * group the right to work a task when the model names that group as candidate, so staff only
 * ever see their own unit's tasks.
 */
final class RolePermissions {

    static final String ANY = "*";

    /** Internal processes an officer starts from Tasklist. */
    static final List<String> STARTED_BY_STAFF = List.of("incoming-document", "citizen-feedback", "nonconformity", "reform-task");

    record Grant(Resource resource, String resourceId, List<Permission> permissions) {
        Grant(Resource resource, String resourceId, Permission... permissions) {
            this(resource, resourceId, List.of(permissions));
        }
    }

    private RolePermissions() {
    }

    static List<Grant> grantsFor(Role role) {
        return switch (role) {
            case DESK, UNIT -> {
                List<Grant> grants = new ArrayList<>(List.of(
                        new Grant(APPLICATION, "tasklist", Permissions.ACCESS),
                        new Grant(PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ),
                        new Grant(PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE)));
                // Dossiers start through intake, never by hand: staff may start only these processes.
                STARTED_BY_STAFF.forEach(key -> grants.add(new Grant(PROCESS_DEFINITION, key,
                        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)));
                yield List.copyOf(grants);
            }
            case LEADER -> withReadOnlyCockpit(new Grant(APPLICATION, "tasklist", Permissions.ACCESS));
            case MANAGER, AUDITOR -> withReadOnlyCockpit();
            case PORTAL -> List.of();
            // Only what Tasklist needs to show the tasks handed over to the agency (work is granted per task).
            case AGENCY -> List.of(new Grant(APPLICATION, "tasklist", Permissions.ACCESS),
                    new Grant(PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));
        };
    }

    private static List<Grant> withReadOnlyCockpit(Grant... extra) {
        List<Grant> grants = new ArrayList<>(List.of(extra));
        grants.add(new Grant(APPLICATION, "cockpit", Permissions.ACCESS));
        grants.add(new Grant(PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK));
        grants.add(new Grant(PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ));
        grants.add(new Grant(TASK, ANY, TaskPermissions.READ));
        grants.add(new Grant(DEPLOYMENT, ANY, Permissions.READ));
        grants.add(new Grant(DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY));
        grants.add(new Grant(DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
        grants.add(new Grant(HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ));
        grants.add(new Grant(HISTORIC_TASK, ANY, HistoricTaskPermissions.READ));
        grants.add(new Grant(OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));
        return List.copyOf(grants);
    }
}
