package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.calendar.deadline.Timeliness;
import vn.motcua.deadline.Deadlines;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Outcome;

/**
 * The civil-status procedures through the real one-stop frame: received at the desk on Monday 2 March
 * 2026 at 10:00 (an ordinary working week), accepted, worked by the justice unit step by step, approved
 * and returned on time; and each one's main exception.
 */
class CivilStatusProceduresTest extends ProcedureProcessTest {

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    Deadlines deadlines;

    /** One unit step: its id, when it is due if created at the time given, and what the officer enters. */
    record Step(String id, Map<String, Object> variables) {
    }

    record Case(String key, String code, Date appointment, Date firstStepDue, List<Step> steps) {
        @Override
        public String toString() {
            return key + " (" + code + ")";
        }
    }

    private static final Map<String, Object> CHECKED = Map.of("checkNote", "Hồ sơ đầy đủ, hợp lệ",
            "verificationNeeded", false, "eligible", true);
    private static final Map<String, Object> VERIFIED = Map.of("verificationResult", "Đúng sự thật", "eligible", true);
    private static final Map<String, Object> RECORDED = Map.of("registerBook", "01/2026", "registerNumber", "27");

    static Stream<Case> procedures() {
        // SAME_DAY 15:00 accepted at 10:00 → 17:00 the same day; N working days → closing of the N-th
        // working day after the day of receipt (Mon 2/3 → Thu 5/3 for 3, Mon 9/3 for 5).
        return Stream.of(
                new Case("marriage-registration", "1.000894", date(2, 17, 0), date(2, 11, 0), List.of(
                        new Step("CheckMarriageConditions", CHECKED), new Step("RecordMarriage", RECORDED))),
                new Case("death-registration", "1.000656", date(2, 17, 0), date(2, 11, 0), List.of(
                        new Step("CheckDeath", CHECKED), new Step("RecordDeath", RECORDED))),
                new Case("civil-status-extract", "2.000635", date(2, 17, 0), date(2, 11, 0), List.of(
                        new Step("LookUpCivilStatusRecord", VERIFIED), new Step("DraftExtractCopy", RECORDED))),
                // 1 working day for the check: Tuesday's closing.
                new Case("parent-child-recognition", "1.001022", date(5, 17, 0), date(3, 17, 0), List.of(
                        new Step("CheckRecognition", CHECKED), new Step("RecordRecognition", RECORDED))),
                // 1.5 working days = 12 office hours from Mon 10:00: Mon 5.5 h, Tue 07:30–11:30 and 13:00–15:30.
                new Case("guardianship-registration", "1.004837", date(5, 17, 0), date(3, 15, 30), List.of(
                        new Step("VerifyGuardianship", VERIFIED), new Step("RecordGuardianship", RECORDED))),
                new Case("birth-re-registration", "1.004884", date(9, 17, 0), date(5, 17, 0), List.of(
                        new Step("VerifyBirthReRegistration", VERIFIED), new Step("RecordBirthReRegistration", RECORDED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedures")
    void grantedAndReturnedWithinTheLegalLimit(Case procedure) {
        ClockUtil.setCurrentTime(date(2, 10, 0));
        ProcessInstance frame = run.receive(procedure.code());
        complete(task(), withVariables("checkDecision", "accept"));
        assertThat(frame).isWaitingAt("Processing").variables().containsEntry("appointmentAt", procedure.appointment());
        assertThat(frame).variables().containsEntry("processingUnit", "justice");

        ProcessInstance processing = calledProcessInstance(frame);
        assertThat(processing.getProcessDefinitionId()).startsWith(procedure.key() + ":");
        assertThat(task(processing)).hasDefinitionKey(procedure.steps().get(0).id()).hasCandidateGroup("justice")
                .hasDueDate(procedure.firstStepDue());
        for (Step step : procedure.steps()) {
            assertThat(task(processing)).hasDefinitionKey(step.id()).hasCandidateGroup("justice");
            ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 30 * 60_000));
            complete(task(processing), step.variables());
        }
        assertThat(processing).hasPassed("Granted").hasNotPassed("Refused").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("GRANTED");

        // The leader signs and the desk returns an hour before the appointment.
        Date returnedAt = new Date(procedure.appointment().getTime() - 60 * 60_000);
        ClockUtil.setCurrentTime(new Date(returnedAt.getTime() - 30 * 60_000));
        complete(task("Approve", frame), withVariables("approved", true));
        ClockUtil.setCurrentTime(returnedAt);
        complete(task("ReturnResult", frame), withVariables("returnMethod", "Trực tiếp"));

        assertThat(frame).hasPassedInOrder("CheckDossier", "Processing", "Approve", "ReturnResult").isEnded();
        Dossier dossier = run.dossier(frame);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossier.appointmentAt()).isEqualTo(procedure.appointment().toInstant());
        assertThat(dossier.timeliness()).isEqualTo(Timeliness.ON_TIME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedures")
    void ineligibleRequestEndsTheProcessingWithARefusalForTheLeader(Case procedure) {
        ClockUtil.setCurrentTime(date(2, 10, 0));
        ProcessInstance frame = run.receive(procedure.code());
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);

        ClockUtil.setCurrentTime(date(2, 10, 45));
        Map<String, Object> ineligible = new java.util.HashMap<>(procedure.steps().get(0).variables());
        ineligible.put("eligible", false);
        ineligible.put("refusalReason", "Không đủ điều kiện theo Luật Hộ tịch 2014");
        complete(task(processing), ineligible);

        assertThat(processing).hasPassed("Refused").hasNotPassed(procedure.steps().get(1).id(), "Granted").isEnded();
        assertThat(run.variable(processing, "processingOutcome")).isEqualTo("REFUSED");
        assertThat(run.variable(processing, "refusalReason")).isEqualTo("Không đủ điều kiện theo Luật Hộ tịch 2014");
        assertThat(frame).hasPassed("Processing").isWaitingAt("Approve").variables()
                .containsEntry("processingOutcome", "REFUSED")
                .containsEntry("refusalReason", "Không đủ điều kiện theo Luật Hộ tịch 2014");

        // The leader signs the reasoned refusal; it is returned within the legal limit like a result.
        ClockUtil.setCurrentTime(date(2, 11, 30));
        complete(task("Approve", frame), withVariables("approved", true));
        complete(task("ReturnResult", frame), withVariables("returnMethod", "Trực tiếp"));
        Dossier dossier = run.dossier(frame);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossier.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(dossier.statusReason()).isEqualTo("Không đủ điều kiện theo Luật Hộ tịch 2014");
        assertThat(dossier.timeliness()).as("returned on the day of receipt").isEqualTo(
                procedure.appointment().equals(date(2, 17, 0)) ? Timeliness.ON_TIME : Timeliness.EARLY);
    }

    @Test
    void marriageNeedingVerificationRunsTheVerificationStepWithinTheFiveDayCaseLimit() {
        ClockUtil.setCurrentTime(date(2, 10, 0));
        ProcessInstance frame = run.receive("1.000894");
        complete(task(), withVariables("checkDecision", "accept"));
        ProcessInstance processing = calledProcessInstance(frame);

        ClockUtil.setCurrentTime(date(2, 10, 30));
        complete(task(processing), withVariables("checkNote", "Bên nữ thường trú nơi khác", "verificationNeeded", true));
        // 3.5 working days = 28 office hours from Mon 10:30: Mon 5, Tue 8, Wed 8, Thu 07:30–11:30 and 13:00–16:00.
        assertThat(task(processing)).hasDefinitionKey("VerifyMarriageConditions").hasCandidateGroup("justice")
                .hasDueDate(date(5, 16, 0));

        Procedure marriage = catalog.byCode("1.000894").orElseThrow();
        assertThat(marriage.caseTimeLimits()).singleElement().satisfies(limit -> {
            assertThat(limit.label()).isEqualTo("Cần xác minh điều kiện kết hôn");
            assertThat(deadlines.dueAt(zoned(2, 10, 0), limit.timeLimit()))
                    .as("5 working days from Monday 2/3").isEqualTo(zoned(9, 17, 0));
        });

        ClockUtil.setCurrentTime(date(5, 9, 0));
        complete(task(processing), VERIFIED);
        complete(task(processing), RECORDED);
        assertThat(processing).hasPassedInOrder("CheckMarriageConditions", "VerifyMarriageConditions", "RecordMarriage")
                .hasPassed("Granted").isEnded();
        assertThat(frame).isWaitingAt("Approve");
    }

    @Test
    void deathRegistrationWithoutTheDeathNoticeWaitsForItAndTheClockStartsAfterTheCutOff() {
        ClockUtil.setCurrentTime(date(2, 9, 0));
        ProcessInstance frame = run.receive("1.000656");
        complete(task(), withVariables("checkDecision", "supplement", "missingPapers", "Giấy báo tử (bản chính)"));
        assertThat(frame).isWaitingAt("AwaitSupplement");
        assertThat(run.dossier(frame).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

        ClockUtil.setCurrentTime(date(2, 15, 30)); // the notice comes after 15:00: due the next working day
        complete(task(), withVariables("supplementReceived", true));
        complete(task(), withVariables("checkDecision", "accept"));
        assertThat(frame).variables().containsEntry("appointmentAt", date(3, 17, 0));
        assertThat(task(calledProcessInstance(frame))).hasDefinitionKey("CheckDeath")
                .as("the step's own budget of 1 office hour runs from the transfer").hasDueDate(date(2, 16, 30));
    }

    /** A time in March 2026, Vietnam. */
    private static Date date(int day, int hour, int minute) {
        return ProcedureRun.date(2026, 3, day, hour, minute);
    }

    private static ZonedDateTime zoned(int day, int hour, int minute) {
        return date(day, hour, minute).toInstant().atZone(ProcedureRun.VIETNAM);
    }
}
