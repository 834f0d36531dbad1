package vn.motcua.identity;


import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.identity.RolePermissions.Grant;

/**
 * Creates the commune's groups, their authorizations, the administrator and (demo profile) the demo
 * users once the engine is built and before the job executor runs. Safe to run at every start:
 * existing users keep their passwords, group names and grants converge to the configuration.
 */
@Component
class IdentitySeeder extends AbstractCamundaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

    private final OrganisationProperties organisation;
    private final IdentityProperties identity;

    IdentitySeeder(OrganisationProperties organisation, IdentityProperties identity) {
        this.organisation = organisation;
        this.identity = identity;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identityService = engine.getIdentityService();
        AuthorizationService authorizationService = engine.getAuthorizationService();
        for (OrganisationProperties.Unit unit : organisation.units()) {
            saveGroup(identityService, unit.id(), unit.name(), "WORKFLOW");
            List<Grant> grants = RolePermissions.grantsFor(unit.role());
            for (Grant grant : grants) {
                grant(authorizationService, unit.id(), grant);
            }
            revokeWhatTheRoleLost(authorizationService, unit.id(), grants);
        }
        seedAdministrator(identityService, authorizationService);
        seedDemoUsers(identityService);
        log.info("Seeded {} organisational units and {} demo users", organisation.units().size(),
                identity.demoUsers().size());
    }

    private void seedAdministrator(IdentityService identityService, AuthorizationService authorizationService) {
        saveGroup(identityService, Groups.CAMUNDA_ADMIN, "Quản trị hệ thống", Groups.GROUP_TYPE_SYSTEM);
        for (Resources resource : Resources.values()) {
            grant(authorizationService, Groups.CAMUNDA_ADMIN,
                    new Grant(resource, RolePermissions.ANY, Permissions.ALL));
        }
        IdentityProperties.Admin admin = identity.admin();
        createUserIfMissing(identityService, admin.id(), admin.firstName(), admin.lastName(), admin.password());
        addMembership(identityService, admin.id(), Groups.CAMUNDA_ADMIN);
    }

    private void seedDemoUsers(IdentityService identityService) {
        for (IdentityProperties.DemoUser user : identity.demoUsers()) {
            createUserIfMissing(identityService, user.id(), user.firstName(), user.lastName(), identity.demoPassword());
            for (String group : user.groups()) {
                addMembership(identityService, user.id(), group);
            }
        }
    }

    private static void saveGroup(IdentityService identityService, String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private static void createUserIfMissing(IdentityService identityService, String id, String firstName,
                                            String lastName, String password) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword(password);
        identityService.saveUser(user);
    }

    private static void addMembership(IdentityService identityService, String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    /**
     * A resource taken out of a role (or a unit moved to another role) loses its grant at the next start.
     * Only what this seeder manages: grants on every resource ({@code *}) and on process definitions.
     * The engine's own grants on single tasks (candidate groups) and the shared filters stay.
     */
    private static void revokeWhatTheRoleLost(AuthorizationService authorizationService, String groupId,
                                              List<Grant> grants) {
        for (Authorization existing : authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
            boolean managed = RolePermissions.ANY.equals(existing.getResourceId())
                    || existing.getResourceType() == Resources.PROCESS_DEFINITION.resourceType();
            boolean stillGranted = grants.stream().anyMatch(grant ->
                    grant.resource().resourceType() == existing.getResourceType()
                            && grant.resourceId().equals(existing.getResourceId()));
            if (managed && !stillGranted) {
                authorizationService.deleteAuthorization(existing.getId());
            }
        }
    }

    /** Same permissions, none more: a permission taken out of a role is revoked at the next start. */
    private static boolean grantsExactly(Authorization existing, Grant grant) {
        Set<Integer> wanted = grant.permissions().stream().map(Permission::getValue).collect(Collectors.toSet());
        boolean allWanted = grant.permissions().stream().allMatch(existing::isPermissionGranted);
        boolean nothingElse = Arrays.stream(Permissions.values())
                .filter(permission -> permission != Permissions.NONE && permission != Permissions.ALL)
                .filter(permission -> !wanted.contains(permission.getValue()))
                .noneMatch(existing::isPermissionGranted);
        return allWanted && (nothingElse || wanted.contains(Permissions.ALL.getValue()));
    }

    private static void grant(AuthorizationService authorizationService, String groupId, Grant grant) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        if (existing != null) {
            if (grantsExactly(existing, grant)) {
                return;
            }
            authorizationService.deleteAuthorization(existing.getId());
        }
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        grant.permissions().forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }
}
