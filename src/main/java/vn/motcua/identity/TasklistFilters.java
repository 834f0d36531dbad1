package vn.motcua.identity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every desk and unit officer starts from: the unit's own work, what is
 * due soon and what is overdue, each with its due date shown. One filter serves every unit because
 * the query names the user's own groups; staff only see the filters, not each other's tasks.
 */
@Component
class TasklistFilters extends AbstractCamundaConfiguration {

    record Definition(String name, String description, int priority, TaskQuery query) {
    }

    private final OrganisationProperties organisation;

    TasklistFilters(OrganisationProperties organisation) {
        this.organisation = organisation;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        FilterService filters = engine.getFilterService();
        for (Definition definition : definitions(engine.getTaskService())) {
            Filter filter = filters.createFilterQuery().filterName(definition.name()).singleResult();
            if (filter == null) {
                filter = filters.newTaskFilter(definition.name());
            }
            filter.setQuery(definition.query());
            filter.setProperties(Map.of("description", definition.description(), "priority", definition.priority(),
                    "refresh", true, "showUndefinedVariable", false,
                    "variables", List.of(Map.of("name", "dossierCode", "label", "Mã hồ sơ"))));
            filters.saveFilter(filter);
            grantRead(engine.getAuthorizationService(), filter.getId());
        }
    }

    private static List<Definition> definitions(TaskService tasks) {
        return List.of(
                new Definition("Hồ sơ của phòng tôi", "Công việc của đơn vị tôi và của tôi", -10,
                        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks().orderByDueDate().asc()),
                new Definition("Sắp đến hạn", "Công việc đến hạn trong 24 giờ tới", -5,
                        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks().dueAfterExpression("${now()}")
                                .dueBeforeExpression("${dateTime().plusDays(1).toDate()}").orderByDueDate().asc()),
                new Definition("Quá hạn", "Công việc đã quá hạn xử lý", 0,
                        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc()));
    }

    private void grantRead(AuthorizationService authorizations, String filterId) {
        for (OrganisationProperties.Unit unit : organisation.units()) {
            if (unit.role() == Role.MANAGER || unit.role() == Role.AUDITOR || unit.role() == Role.PORTAL) {
                continue;
            }
            boolean granted = authorizations.createAuthorizationQuery().groupIdIn(unit.id())
                    .resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
            if (!granted) {
                Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                read.setGroupId(unit.id());
                read.setResource(Resources.FILTER);
                read.setResourceId(filterId);
                read.addPermission(Permissions.READ);
                authorizations.saveAuthorization(read);
            }
        }
    }
}
