package vn.motcua.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Deploys every model in bpmn/ as its own deployment, named after the file, together with the
 * forms it references. One deployment per procedure keeps each procedure's version history
 * independent (an auditor sees exactly which deployment brought which version), and duplicate
 * filtering means an unchanged model creates no new version at start-up.
 */
@Component
class ModelDeployer extends AbstractCamundaConfiguration {

    static final String SOURCE = "motcua";
    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final ResourcePatternResolver resources;
    private final ObjectMapper json = new ObjectMapper();

    ModelDeployer(ResourcePatternResolver resources) {
        this.resources = resources;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Map<String, FormFile> forms = formsById();
        for (Map.Entry<String, byte[]> model : readAll("classpath*:bpmn/*.bpmn").entrySet()) {
            deploy(engine, model.getKey(), model.getValue(), forms);
        }
    }

    private void deploy(ProcessEngine engine, String fileName, byte[] bpmn, Map<String, FormFile> forms) {
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
                .name(fileName)
                .source(SOURCE)
                .enableDuplicateFiltering(false)
                .addInputStream("bpmn/" + fileName, new ByteArrayInputStream(bpmn));
        for (String formId : formRefs(fileName, bpmn)) {
            FormFile form = forms.get(formId);
            if (form == null) {
                throw new IllegalStateException("Model bpmn/" + fileName + " references form '" + formId
                        + "', which is not in forms/");
            }
            builder.addInputStream("forms/" + form.fileName(), new ByteArrayInputStream(form.content()));
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        if (deployment.getDeployedProcessDefinitions() != null && !deployment.getDeployedProcessDefinitions().isEmpty()) {
            log.info("Deployed bpmn/{} as deployment {}", fileName, deployment.getId());
        }
    }

    static Set<String> formRefs(String fileName, byte[] bpmn) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        Set<String> refs = new LinkedHashSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            addIfPresent(refs, task.getCamundaFormRef());
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getParentElement() instanceof Process) {
                addIfPresent(refs, start.getCamundaFormRef());
            }
        }
        return refs;
    }

    private static void addIfPresent(Collection<String> refs, String ref) {
        if (ref != null && !ref.isBlank()) {
            refs.add(ref);
        }
    }

    /** Forms are looked up by the id inside the JSON, which is what camunda:formRef names. */
    private Map<String, FormFile> formsById() {
        Map<String, FormFile> byId = new LinkedHashMap<>();
        readAll("classpath*:forms/*.form").forEach((fileName, content) -> {
            try {
                JsonNode id = json.readTree(content).get("id");
                if (id == null || id.asText().isBlank()) {
                    throw new IllegalStateException("Form forms/" + fileName + " has no id");
                }
                byId.put(id.asText(), new FormFile(fileName, content));
            } catch (IOException e) {
                throw new UncheckedIOException("Form forms/" + fileName + " is not valid JSON", e);
            }
        });
        return byId;
    }

    private record FormFile(String fileName, byte[] content) {
    }

    /** The fat jar can list a file twice; keyed by file name, which must therefore be unique. */
    private Map<String, byte[]> readAll(String pattern) {
        Map<String, byte[]> byName = new TreeMap<>();
        try {
            for (Resource resource : resources.getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    byName.put(resource.getFilename(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pattern, e);
        }
        return byName;
    }
}
