package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * History cleanup as configured in application.yaml: a dossier's history (its frame and the procedure it
 * called) stays for the model's historyTimeToLive after it ends and is removed by the nightly cleanup
 * job afterwards; the dossier record itself (our table) stays.
 */
@MotCuaIntegrationTest
class HistoryCleanupTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    DossierIntake intake;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        history.findHistoryCleanupJobs().forEach(job -> management.deleteJob(job.getId()));
    }

    @Test
    void theCleanupIsConfiguredForTheNightInVietnam() {
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0700");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0700");
        assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(500);
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    }

    @Test
    void aDossierPastItsRetentionIsRemovedFromHistoryButItsRecordStays() {
        ClockUtil.setCurrentTime(at(2026, 3, 2, 9, 0));
        String code = intake.receive(new IntakeRequest("1.001193", Channel.COUNTER, null,
                new IntakeRequest.ApplicantData(Applicant.Kind.CITIZEN, "Lưu Thị Lưu Trữ", "042190007777", null, null,
                        null, "Thôn Trung Lưu"), List.of(new IntakeRequest.PaperData("Tờ khai", 1, 0))), "tiepnhan")
                .dossier().code();
        String frame = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(DossierIntake.FRAME_PROCESS).singleResult().getId();
        complete(frame, Map.of("checkDecision", "accept", "componentsDigitized", true));
        String procedure = runtime.createProcessInstanceQuery().superProcessInstanceId(frame).singleResult().getId();
        complete(procedure, Map.of("childIdNumber", "042226000777", "registerNumber", "77"));
        ClockUtil.setCurrentTime(at(2026, 3, 2, 14, 0));
        complete(frame, Map.of("approved", true, "electronicResult", false));
        ClockUtil.setCurrentTime(at(2026, 3, 2, 15, 0));
        complete(frame, Map.of("returnMethod", "Trực tiếp"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(frame).count()).as("dossier ended").isZero();

        // Retention: the dossier model's historyTimeToLive, counted from the end; the called procedure inherits it.
        int days = repository.getProcessDefinition(history.createHistoricProcessInstanceQuery()
                .processInstanceId(frame).singleResult().getProcessDefinitionId()).getHistoryTimeToLive();
        assertThat(days).isEqualTo(1825);
        Date removal = Date.from(at(2026, 3, 2, 15, 0).toInstant().plus(Duration.ofDays(days)));
        assertThat(historic(frame, procedure)).extracting(HistoricProcessInstance::getRemovalTime)
                .containsOnly(removal);

        ClockUtil.setCurrentTime(Date.from(removal.toInstant().minus(Duration.ofDays(1))));
        cleanUp();
        assertThat(historic(frame, procedure)).as("kept one day before its retention ends").hasSize(2);

        ClockUtil.setCurrentTime(Date.from(removal.toInstant().plus(Duration.ofMinutes(1))));
        cleanUp();
        assertThat(historic(frame, procedure)).as("removed once its retention has passed").isEmpty();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(frame).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(procedure).count()).isZero();
        assertThat(dossiers.findByCode(code)).as("the dossier record is not Camunda history").isPresent();
    }

    private void complete(String instance, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        tasks.complete(task.getId(), variables);
    }

    /** The cleanup job, run by hand as the job executor would at night (immediately, outside the window). */
    private void cleanUp() {
        for (int run = 0; run < 3; run++) {
            Job job = history.cleanUpHistoryAsync(true);
            management.executeJob(job.getId());
        }
    }

    private List<HistoricProcessInstance> historic(String... ids) {
        return history.createHistoricProcessInstanceQuery().processInstanceIds(java.util.Set.of(ids)).list();
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant());
    }
}
