package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.support.MotCuaIntegrationTest;

@MotCuaIntegrationTest
class ModelDeployerTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ModelDeployer deployer;

    @Test
    void restartingWithUnchangedModelsCreatesNoNewVersion() {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        int version = latestVersion();

        deployer.postProcessEngineBuild(engine);

        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(latestVersion()).isEqualTo(version);
    }

    @Test
    void eachModelIsDeployedWithTheFormsItReferences() {
        Deployment deployment = engine.getRepositoryService().createDeploymentQuery()
                .deploymentName("incoming-document.bpmn").singleResult();
        assertThat(deployment.getSource()).isEqualTo(ModelDeployer.SOURCE);
        assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()))
                .containsExactlyInAnyOrder("bpmn/incoming-document.bpmn",
                        "forms/incoming-document-register.form", "forms/incoming-document-assign.form",
                        "forms/incoming-document-handle.form", "forms/incoming-document-sign.form",
                        "forms/incoming-document-overdue.form");
    }

    private int latestVersion() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("incoming-document")
                .latestVersion().singleResult().getVersion();
    }
}
