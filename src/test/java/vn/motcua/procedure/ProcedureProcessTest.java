package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.support.MotCuaIntegrationTest;

/** A procedure's process tests: the real frame in the shared context, the engine clock reset after each. */
@MotCuaIntegrationTest
public abstract class ProcedureProcessTest {

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected DossierIntake intake;

    @Autowired
    protected DossierRepository dossiers;

    protected ProcedureRun run;

    @BeforeEach
    void startRun() {
        init(engine);
        run = new ProcedureRun(engine, intake, dossiers);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }
}
