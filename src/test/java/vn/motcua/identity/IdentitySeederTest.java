package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.support.MotCuaIntegrationTest;

@MotCuaIntegrationTest
class IdentitySeederTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    IdentitySeeder seeder;

    @Autowired
    OrganisationProperties organisation;

    @Test
    void everyConfiguredUnitIsAGroupWithItsVietnameseName() {
        for (OrganisationProperties.Unit unit : organisation.units()) {
            assertThat(engine.getIdentityService().createGroupQuery().groupId(unit.id()).singleResult().getName())
                    .isEqualTo(unit.name());
        }
        assertThat(engine.getIdentityService().createGroupQuery().groupId("justice").singleResult().getName())
                .isEqualTo("Tư pháp – Hộ tịch");
    }

    @Test
    void seedingAgainChangesNothing() {
        long users = engine.getIdentityService().createUserQuery().count();
        long groups = engine.getIdentityService().createGroupQuery().count();
        long grants = engine.getAuthorizationService().createAuthorizationQuery().count();

        seeder.postProcessEngineBuild(engine);

        assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
        assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(groups);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(grants);
    }

    @Test
    void aGrantTheRoleNoLongerHasIsRevokedAndTheEnginesOwnGrantsStay() {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization stale = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        stale.setGroupId("justice");
        stale.setResource(Resources.DEPLOYMENT);
        stale.setResourceId("*");
        stale.addPermission(Permissions.READ);
        authorizations.saveAuthorization(stale);
        Authorization onOneTask = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        onOneTask.setGroupId("justice");
        onOneTask.setResource(Resources.TASK);
        onOneTask.setResourceId("a-task-of-the-unit");
        onOneTask.addPermission(Permissions.READ);
        authorizations.saveAuthorization(onOneTask);

        seeder.postProcessEngineBuild(engine);

        assertThat(authorizations.createAuthorizationQuery().authorizationId(stale.getId()).count()).isZero();
        assertThat(authorizations.createAuthorizationQuery().authorizationId(onOneTask.getId()).count()).isOne();
        authorizations.deleteAuthorization(onOneTask.getId());
    }

    @Test
    void administratorIsInTheCamundaAdminGroupWithAllPermissions() {
        assertThat(engine.getIdentityService().createUserQuery().userId("admin").memberOfGroup(Groups.CAMUNDA_ADMIN)
                .count()).isEqualTo(1);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN)
                .resourceType(Resources.USER).count()).isEqualTo(1);
    }
}
