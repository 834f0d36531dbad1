package vn.motcua.deadline;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * At every start, once the engine is built and before the job executor runs (so no timer fires at a
 * date about to move), compares the configured calendar with the latest revision.
 */
@Component
class CalendarRevisionCheck extends AbstractCamundaConfiguration {

    private final CalendarRevisions revisions;
    private final CalendarEdition configured;

    CalendarRevisionCheck(CalendarRevisions revisions, CalendarEdition configured) {
        this.revisions = revisions;
        this.configured = configured;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        revisions.check(engine, configured);
    }
}
