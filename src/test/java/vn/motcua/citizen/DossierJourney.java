package vn.motcua.citizen;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import vn.motcua.dossier.DossierIntake;

/** Moves a birth-registration dossier through the frame as DossierLifecycleTest does (engine assertions initialised). */
public final class DossierJourney {

    private final ProcessEngine engine;
    private final String code;

    public DossierJourney(ProcessEngine engine, String code) {
        this.engine = engine;
        this.code = code;
    }

    public ProcessInstance frame() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(DossierIntake.FRAME_PROCESS).singleResult();
    }

    public DossierJourney accept() {
        complete(task(frame()), withVariables("checkDecision", "accept"));
        return this;
    }

    public DossierJourney requestSupplement(String missing) {
        complete(task(frame()), withVariables("checkDecision", "supplement", "missingPapers", missing));
        return this;
    }

    public DossierJourney supplemented() {
        complete(task(frame()), withVariables("supplementReceived", true));
        return this;
    }

    public DossierJourney process() {
        complete(task(calledProcessInstance(frame())), withVariables("childIdNumber", "042226000123", "registerNumber", "15"));
        return this;
    }

    public DossierJourney approve() {
        complete(task("Approve", frame()), withVariables("approved", true, "electronicResult", true));
        return this;
    }

    public DossierJourney returnResult() {
        complete(task("ReturnResult", frame()), withVariables("returnMethod", "Trực tiếp"));
        return this;
    }
}
