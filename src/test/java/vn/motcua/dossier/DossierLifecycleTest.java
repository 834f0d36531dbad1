package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.motcua.calendar.deadline.PauseReason;
import vn.motcua.calendar.deadline.Timeliness;
import vn.motcua.paper.OfficialForm;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * The one-stop frame on real procedures: every path a dossier can take, with the dates the
 * Vietnamese working-day clock gives, checked on the process and on the dossier record.
 */
@MotCuaIntegrationTest
@RecordApplicationEvents
class DossierLifecycleTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String BIRTH = "1.001193";
    private static final String MARITAL_STATUS = "1.004873";

    @Autowired
    ProcessEngine engine;

    @Autowired
    DossierIntake intake;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    DossierPauses pauses;

    @Autowired
    ApplicationEvents published;

    @Autowired
    DossierPapers papers;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Listeners (KPI facts, follow-ups, notifications) rely on seeing every recorded change exactly once. */
    @AfterEach
    void everyRecordedChangeWasPublishedOnce() {
        Map<String, List<String>> byDossier = published.stream(DossierChanged.class).collect(Collectors.groupingBy(
                DossierChanged::code, LinkedHashMap::new, Collectors.mapping(DossierChanged::type, Collectors.toList())));
        assertThat(byDossier).isNotEmpty();
        byDossier.forEach((code, types) -> {
            List<String> recorded = dossiers.findByCode(code).orElseThrow().events().stream().map(DossierEvent::type).toList();
            // A dossier of an earlier test may be touched again (the overrun watch sees every open step).
            assertThat(recorded).as(code).endsWith(types.toArray(String[]::new));
            if (types.get(0).equals("RECEIVED")) {
                assertThat(types).as(code).containsExactlyElementsOf(recorded);
            }
        });
    }

    @Test
    void birthRegistrationAcceptedBeforeThreePmIsDueTheSameDayAndReturnedOnTime() {
        at(2026, 3, 2, 10, 0);
        ProcessInstance frame = receive(BIRTH);
        assertThat(frame).isWaitingAt("CheckDossier");
        assertThat(task()).hasCandidateGroup("desk");

        complete(task(), withVariables("checkDecision", "accept", "componentsDigitized", true));
        Date appointment = date(2026, 3, 2, 17, 0);
        assertThat(frame).isWaitingAt("Processing").variables().containsEntry("appointmentAt", appointment);
        ProcessInstance processing = calledProcessInstance(frame);
        assertThat(processing).isWaitingAt("RecordBirth");
        assertThat(task(processing)).hasCandidateGroup("justice").hasDueDate(date(2026, 3, 2, 13, 30)); // 10:00–11:30, then 13:00–13:30

        at(2026, 3, 2, 11, 0);
        complete(task(processing), withVariables("childIdNumber", "042226000123", "registerNumber", "15"));
        assertThat(frame).isWaitingAt("Approve");
        assertThat(dossier(frame).status()).isEqualTo(DossierStatus.AWAITING_APPROVAL);

        at(2026, 3, 2, 14, 0);
        complete(task(frame), withVariables("approved", true, "electronicResult", true));
        complete(task(frame), withVariables("returnMethod", "Trực tiếp"));

        assertThat(frame).hasPassedInOrder("CheckDossier", "Processing", "Approve", "ReturnResult").hasPassed("Returned")
                .hasNotPassed("DraftApology", "EscalateOverdue").isEnded();
        Dossier dossier = dossier(frame);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossier.timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(dossier.appointmentAt()).isEqualTo(appointment.toInstant());
        assertThat(dossier.transferredElectronically()).isTrue();
        assertThat(dossier.ruleSet()).isEqualTo("ND118-2025");
        assertThat(dossier.componentsDigitized()).isTrue();
        assertThat(dossier.resultElectronic()).isTrue();
        assertThat(dossier.events()).extracting(DossierEvent::type).containsExactly("RECEIVED", "ACCEPTED",
                "TRANSFERRED", "SUBMITTED_FOR_APPROVAL", "APPROVED", "RETURNED");
    }

    @Test
    void supplementBeforeAcceptanceRestartsTheClockFromTheCompleteDossier() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = receive(BIRTH);
        complete(task(), withVariables("checkDecision", "supplement", "missingPapers", "Giấy chứng sinh (bản chính)"));
        assertThat(frame).isWaitingAt("AwaitSupplement");
        assertThat(dossier(frame).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

        at(2026, 3, 2, 15, 1); // the papers come back after 15:00: the result is due the next working day
        complete(task(), withVariables("supplementReceived", true));
        assertThat(frame).isWaitingAt("CheckDossier");
        complete(task(), withVariables("checkDecision", "accept"));

        assertThat(frame).variables().containsEntry("appointmentAt", date(2026, 3, 3, 17, 0));
        assertThat(dossier(frame).events()).extracting(DossierEvent::type)
                .startsWith("RECEIVED", "SUPPLEMENT_REQUESTED", "SUPPLEMENTED", "ACCEPTED");
    }

    @Test
    void refusedDossierEndsWithTheReason() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = receive(BIRTH);
        complete(task(), withVariables("checkDecision", "refuse", "refusalReason", "Không thuộc thẩm quyền của xã"));

        assertThat(frame).hasPassed("Refused").isEnded();
        Dossier dossier = dossier(frame);
        assertThat(dossier.status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(dossier.statusReason()).isEqualTo("Không thuộc thẩm quyền của xã");
    }

    @Test
    void leaderSendsTheResultBackForRework() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = receive(BIRTH);
        complete(task(), withVariables("checkDecision", "accept"));
        complete(task(calledProcessInstance(frame)), withVariables("childIdNumber", "042226000123", "registerNumber", "16"));
        complete(task(frame), withVariables("approved", false, "sendBackReason", "Sai ngày sinh"));

        assertThat(frame).isWaitingAt("Processing");
        assertThat(dossier(frame).status()).isEqualTo(DossierStatus.IN_PROGRESS);
        complete(task(calledProcessInstance(frame)), withVariables("childIdNumber", "042226000123", "registerNumber", "16"));
        complete(task(frame), withVariables("approved", true));
        assertThat(frame).isWaitingAt("ReturnResult");
        assertThat(dossier(frame).events()).extracting(DossierEvent::type).containsSubsequence(
                "SUBMITTED_FOR_APPROVAL", "SENT_BACK", "TRANSFERRED", "SUBMITTED_FOR_APPROVAL", "APPROVED");
    }

    @Test
    void applicantWithdrawsWhileTheUnitIsWorking() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = receive(BIRTH);
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);

        engine.getRuntimeService().createMessageCorrelation("dossier-withdraw")
                .processInstanceBusinessKey(frame.getBusinessKey())
                .setVariable("stopReason", "Người nộp đề nghị dừng giải quyết")
                .correlate();

        assertThat(frame).hasPassed("StopDossier", "Withdrawn").isEnded();
        assertThat(processing).isEnded();
        assertThat(dossier(frame).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(papers.available(dossier(frame))).containsExactly(OfficialForm.RECEIPT, OfficialForm.STOP_NOTICE,
                OfficialForm.CONTROL_SLIP);
    }

    @Test
    void aDossierReceivedBeforeJulyTwentyTwentyFiveKeepsTheOldOneStopRules() {
        at(2025, 6, 30, 16, 59);
        ProcessInstance before = receive(BIRTH);
        at(2025, 7, 1, 7, 30);
        ProcessInstance after = receive(BIRTH);

        assertThat(dossier(before).ruleSet()).isEqualTo("ND61-2018");
        assertThat(dossier(after).ruleSet()).isEqualTo("ND118-2025");
    }

    @Test
    void theDeskChoosesTheProceduresLongerLimitForACaseThatNeedsVerification() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance ordinary = receive("1.000894");
        assertThat(ordinary).variables().containsEntry("timeLimitCases",
                "Cần xác minh điều kiện kết hôn: 05 ngày làm việc");
        complete(task(), withVariables("checkDecision", "accept", "timeLimitChoice", "standard"));
        assertThat(ordinary).variables().containsEntry("appointmentAt", date(2026, 3, 2, 17, 0));

        ProcessInstance verified = receive("1.000894");
        complete(task(verified), withVariables("checkDecision", "accept", "timeLimitChoice", "case"));

        assertThat(verified).variables().containsEntry("appointmentAt", date(2026, 3, 9, 17, 0));
        assertThat(dossier(verified).timeLimit()).isEqualTo("5 WORKING_DAYS");
        assertThat(calledProcessInstance(verified)).variables().containsEntry("verificationNeeded", true);
    }

    @Test
    void aProcedureWithSeveralCasesNeedsTheCaseNamed() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = receive("1.010824");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(frame),
                        withVariables("checkDecision", "accept", "timeLimitChoice", "case")))
                .hasMessageContaining("Chưa chọn đúng trường hợp; thủ tục này có: Hưởng chế độ bảo hiểm xã hội");
        complete(task(frame), withVariables("checkDecision", "accept", "timeLimitChoice", "case",
                "timeLimitCase", "Người có công với cách mạng"));

        assertThat(dossier(frame).timeLimit()).isEqualTo("18 WORKING_DAYS");
    }

    @Test
    void anApologyDateOnADayOffIsRefusedAndNothingIsRecorded() {
        at(2026, 4, 24, 9, 0);
        ProcessInstance frame = receive(MARITAL_STATUS);
        complete(task(), withVariables("checkDecision", "accept"));
        at(2026, 4, 29, 17, 1);
        execute(job("ApologyDue", frame));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task("DraftApology", frame),
                        withVariables("delayReason", "Chờ xác minh", "newAppointmentDate", "2026-05-09")))
                .hasMessageContaining("09/05/2026 là ngày nghỉ");
        assertThat(task("DraftApology", frame)).isNotNull();
        assertThat(dossier(frame).extendedAppointmentAt()).isNull();
    }

    @Test
    void theUnitFindsTheRequestIneligibleAndTheLeaderSignsAReasonedRefusal() {
        at(2026, 3, 2, 9, 0);
        ProcessInstance frame = receive(MARITAL_STATUS);
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("verificationResult", "Đang có vợ"));
        complete(task(processing), withVariables("processingOutcome", "REFUSED",
                "refusalReason", "Người yêu cầu đang có vợ theo sổ đăng ký kết hôn số 12/2019"));

        assertThat(frame).isWaitingAt("Approve").variables().containsEntry("processingOutcome", "REFUSED");
        complete(task("Approve", frame), withVariables("approved", true, "electronicResult", true));
        complete(task("ReturnResult", frame), withVariables("returnMethod", "Trực tiếp"));

        Dossier dossier = dossier(frame);
        assertThat(dossier.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(dossier.statusReason()).isEqualTo("Người yêu cầu đang có vợ theo sổ đăng ký kết hôn số 12/2019");
        assertThat(dossier.timeliness()).as("a reasoned refusal in time is resolved on time").isEqualTo(Timeliness.EARLY);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    void aStepPastItsBudgetWarnsItsUnitOnce() {
        at(2026, 3, 2, 10, 0);
        ProcessInstance frame = receive(BIRTH);
        complete(task(), withVariables("checkDecision", "accept"));
        org.camunda.bpm.engine.task.Task step = task(calledProcessInstance(frame));
        assertThat(step).hasDueDate(date(2026, 3, 2, 13, 30));

        at(2026, 3, 2, 13, 29);
        runOverrunWatch();
        assertThat(engine.getTaskService().createTaskQuery().taskId(step.getId()).singleResult().getPriority())
                .as("not yet due").isEqualTo(50);

        at(2026, 3, 2, 13, 45);
        runOverrunWatch();
        runOverrunWatch();

        assertThat(engine.getTaskService().createTaskQuery().taskId(step.getId()).singleResult().getPriority())
                .isEqualTo(StepOverruns.OVERRUN_PRIORITY);
        assertThat(engine.getTaskService().getTaskComments(step.getId())).singleElement()
                .satisfies(comment -> assertThat(comment.getFullMessage())
                        .contains("quá thời gian định mức", "13:30 ngày 02/03/2026"));
        assertThat(dossier(frame).events()).filteredOn(event -> event.type().equals("STEP_OVERRUN")).singleElement()
                .satisfies(event -> assertThat(event.at()).isEqualTo(date(2026, 3, 2, 13, 45).toInstant()));
    }

    @Test
    void aStepOfAPausedDossierIsNotWarnedWhileTheApplicantHasIt() {
        at(2026, 3, 2, 10, 0);
        ProcessInstance frame = receive(BIRTH);
        complete(task(), withVariables("checkDecision", "accept"));
        org.camunda.bpm.engine.task.Task step = task(calledProcessInstance(frame));
        pauses.pause(frame.getBusinessKey(), PauseReason.SUPPLEMENT, "Bổ sung giấy chứng sinh", "tuphap",
                List.of("justice"), false);

        at(2026, 3, 2, 16, 0); // past the step's 13:30 due date, but the clock is stopped
        runOverrunWatch();

        assertThat(engine.getTaskService().createTaskQuery().taskId(step.getId()).singleResult().getPriority())
                .isEqualTo(50);
        assertThat(dossier(frame).events()).extracting(DossierEvent::type).doesNotContain("STEP_OVERRUN");
        // Leave no paused dossier behind for the tests that count paused dossiers in the shared database.
        pauses.stop(frame.getBusinessKey(), true, "Người nộp rút hồ sơ", "tiepnhan");
    }

    /** The watch is a timer-started process: run its job as the job executor would. */
    private void runOverrunWatch() {
        var management = engine.getManagementService();
        var job = management.createJobQuery().processDefinitionKey("step-overrun-watch").timers().singleResult();
        management.executeJob(job.getId());
    }

    @Test
    void maritalStatusAcrossTheHolidaysRaisesTheApologyThenEscalatesAndEndsLate() {
        at(2026, 4, 24, 9, 0); // Friday; 27/4 is the Giỗ Tổ compensatory day, 30/4 and 1/5 are holidays
        ProcessInstance frame = receive(MARITAL_STATUS);
        complete(task(), withVariables("checkDecision", "accept"));

        Date appointment = date(2026, 5, 4, 17, 0); // 3 working days: Tue 28/4, Wed 29/4, Mon 4/5
        Date apology = date(2026, 4, 29, 17, 0);    // one working day (8 office hours) before the appointment
        assertThat(frame).variables().containsEntry("appointmentAt", appointment).containsEntry("apologyAt", apology);
        ProcessInstance processing = calledProcessInstance(frame);
        assertThat(task(processing)).hasDefinitionKey("VerifyMaritalStatus").hasDueDate(date(2026, 4, 28, 14, 30));

        List<Date> timers = engine.getManagementService().createJobQuery().processInstanceId(frame.getId())
                .timers().orderByJobDuedate().asc().list().stream().map(job -> job.getDuedate()).toList();
        assertThat(timers).containsExactly(apology, appointment);

        at(2026, 4, 29, 17, 1);
        execute(job("ApologyDue", frame));
        assertThat(task("DraftApology", frame)).hasCandidateGroup("justice");
        complete(task("DraftApology", frame), withVariables("delayReason", "Chờ kết quả xác minh", "newAppointmentDate", "2026-05-06"));
        assertThat(dossier(frame).extendedAppointmentAt()).as("the new date, end of that working day")
                .isEqualTo(date(2026, 5, 6, 17, 0).toInstant());
        assertThat(dossier(frame).delayReason()).isEqualTo("Chờ kết quả xác minh");
        complete(task("SignApology", frame), withVariables("apologySigned", true));

        at(2026, 5, 4, 17, 1);
        execute(job("AppointmentPassed", frame));
        assertThat(task("EscalateOverdue", frame)).hasCandidateGroup("leaders");
        complete(task("EscalateOverdue", frame), withVariables("overdueInstruction", "Hoàn thành trong ngày 05/5"));

        at(2026, 5, 5, 10, 0);
        complete(task(processing), withVariables("verificationResult", "Chưa đăng ký kết hôn"));
        complete(task(processing), withVariables("maritalStatus", "single", "purpose", "Đăng ký kết hôn"));
        complete(task("Approve", frame), withVariables("approved", true, "electronicResult", true));
        assertThat(dossier(frame).timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(dossier(frame).appointmentAt()).as("the original appointment stays the one the KPI uses")
                .isEqualTo(appointment.toInstant());
        assertThat(frame).hasPassed("ApologySent", "Escalated");
        assertThat(dossier(frame).events()).extracting(DossierEvent::type)
                .containsSubsequence("APOLOGY_DRAFTED", "APOLOGY_SIGNED", "ESCALATED", "APPROVED");
    }

    @Test
    void pauseForSupplementsMovesEveryRunningDeadlineByExactlyThePausedOfficeTime() {
        at(2026, 4, 24, 9, 0);
        ProcessInstance frame = receive(MARITAL_STATUS);
        complete(task(), withVariables("checkDecision", "accept"));
        Date appointment = date(2026, 5, 4, 17, 0);

        at(2026, 4, 28, 10, 0);
        pauses.pause(frame.getBusinessKey(), PauseReason.SUPPLEMENT, "Bổ sung trích lục ghi chú ly hôn", "tuphap",
                List.of("justice"), false);
        assertThat(dossier(frame).status()).isEqualTo(DossierStatus.PAUSED);
        assertThat(frame).isWaitingAt("Processing", "AwaitPausedSupplement");
        assertThat(timers(frame)).as("no timer fires while the clock is stopped").allSatisfy(due ->
                assertThat(due).isAfter(date(2100, 1, 1, 0, 0)));

        // Tue 10:00–17:00 (5.5 office hours) and Wed 07:30–10:00 (2.5): exactly one working day.
        at(2026, 4, 29, 10, 0);
        complete(task("AwaitPausedSupplement", frame), withVariables("supplementReceived", true));
        assertThat(dossier(frame).status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(timers(frame)).containsExactly(
                date(2026, 5, 4, 17, 0),  // apology: Wed 29/4 17:00 + 1 working day (30/4 and 1/5 are holidays)
                date(2026, 5, 5, 17, 0)); // appointment timer: Mon 4/5 17:00 + 1 working day
        assertThat(frame).variables().containsEntry("appointmentAt", appointment);
        assertThat(task(calledProcessInstance(frame))).as("the unit's step moves by the pause too")
                .hasDueDate(date(2026, 4, 29, 14, 30));

        at(2026, 5, 5, 16, 0); // after the printed appointment, but within it once the pause is excluded
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("verificationResult", "Đã ly hôn năm 2020"));
        complete(task(processing), withVariables("maritalStatus", "divorced", "purpose", "Đăng ký kết hôn"));
        complete(task("Approve", frame), withVariables("approved", true));
        Dossier dossier = dossier(frame);
        assertThat(dossier.timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(dossier.appointmentAt()).isEqualTo(appointment.toInstant());
        assertThat(dossier.events()).extracting(DossierEvent::type).contains("PAUSED", "RESUMED");
    }

    @Test
    void moreThanOneSupplementRequestCountsAsLate() {
        at(2026, 3, 2, 8, 0);
        ProcessInstance frame = receive(MARITAL_STATUS);
        complete(task(), withVariables("checkDecision", "accept"));
        for (int round = 0; round < 2; round++) {
            pauses.pause(frame.getBusinessKey(), PauseReason.SUPPLEMENT, "Lần " + (round + 1), "tuphap",
                    List.of("justice"), false);
            complete(task("AwaitPausedSupplement", frame), withVariables("supplementReceived", true));
        }
        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("verificationResult", "Chưa kết hôn"));
        complete(task(processing), withVariables("maritalStatus", "single", "purpose", "Đi làm việc"));
        complete(task("Approve", frame), withVariables("approved", true));
        assertThat(dossier(frame).timeliness()).as("Decision 766: more than one supplement request is late")
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void aUnitCannotPauseADossierItIsNotProcessingNorOneNotYetAccepted() {
        at(2026, 3, 2, 8, 0);
        ProcessInstance frame = receive(MARITAL_STATUS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pauses.pause(frame.getBusinessKey(),
                PauseReason.SUPPLEMENT, null, "tiepnhan", List.of("desk"), true))
                .hasMessageContaining("chỉ tạm dừng được khi đang xử lý");
        complete(task(), withVariables("checkDecision", "accept"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pauses.pause(frame.getBusinessKey(),
                PauseReason.SUPPLEMENT, null, "vanhoa", List.of("culture"), false))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void returningTheResultEndsTheDossierEvenWithAnApologyStillOpen() {
        at(2026, 4, 24, 9, 0);
        ProcessInstance frame = receive(MARITAL_STATUS);
        complete(task(), withVariables("checkDecision", "accept"));
        at(2026, 4, 29, 17, 1);
        execute(job("ApologyDue", frame));
        assertThat(frame).isWaitingAt("Processing", "DraftApology");

        ProcessInstance processing = calledProcessInstance(frame);
        complete(task(processing), withVariables("verificationResult", "Chưa kết hôn"));
        complete(task(processing), withVariables("maritalStatus", "single", "purpose", "Đăng ký kết hôn"));
        complete(task("Approve", frame), withVariables("approved", true));
        complete(task("ReturnResult", frame), withVariables("returnMethod", "Trực tiếp"));

        assertThat(frame).hasPassed("Returned").isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(frame.getId()).count()).isZero();
    }

    @Test
    void aDossierFollowsTheProcedureVersionInForceWhenItWasReceived() throws Exception {
        at(2026, 3, 2, 10, 0);
        ProcessInstance before = receive(BIRTH);
        String revised = java.nio.file.Files.readString(java.nio.file.Path.of("bpmn/birth-registration.bpmn"))
                .replace("value=\"SAME_DAY 15:00\"", "value=\"2 WORKING_DAYS\"");
        String deployment = engine.getRepositoryService().createDeployment().name("test: revised birth registration")
                .addString("birth-registration-revised.bpmn", revised).deploy().getId();
        try {
            complete(task("CheckDossier", before), withVariables("checkDecision", "accept"));
            assertThat(before).variables().containsEntry("appointmentAt", date(2026, 3, 2, 17, 0));
            assertThat(engine.getRepositoryService().getProcessDefinition(calledProcessInstance(before)
                    .getProcessDefinitionId()).getDeploymentId()).isNotEqualTo(deployment);

            ProcessInstance after = receive(BIRTH);
            complete(task("CheckDossier", after), withVariables("checkDecision", "accept"));
            assertThat(after).variables().containsEntry("appointmentAt", date(2026, 3, 4, 17, 0));
            assertThat(engine.getRepositoryService().getProcessDefinition(calledProcessInstance(after)
                    .getProcessDefinitionId()).getDeploymentId()).isEqualTo(deployment);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    private List<Date> timers(ProcessInstance frame) {
        return engine.getManagementService().createJobQuery().processInstanceId(frame.getId()).timers()
                .orderByJobDuedate().asc().list().stream().map(job -> job.getDuedate()).toList();
    }

    private ProcessInstance receive(String procedureCode) {
        IntakeRequest request = new IntakeRequest(procedureCode, Channel.COUNTER, null,
                new IntakeRequest.ApplicantData(Applicant.Kind.CITIZEN, "Nguyễn Thị Hồng Nhung",
                        "042190001234", null, "0912345678", null, "Thôn Trung Lưu, xã Sơn Trung, tỉnh Hà Tĩnh"),
                List.of(new IntakeRequest.PaperData("Tờ khai", 1, 0)));
        Dossier dossier = intake.receive(request, "tiepnhan").dossier();
        ProcessInstance frame = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(dossier.code()).processDefinitionKey(DossierIntake.FRAME_PROCESS)
                .singleResult();
        assertThat(frame).isWaitingAt("CheckDossier");
        return frame;
    }

    private Dossier dossier(ProcessInstance frame) {
        return dossiers.findByCode(frame.getBusinessKey()).orElseThrow();
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
    }

    private static Date date(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant());
    }
}
