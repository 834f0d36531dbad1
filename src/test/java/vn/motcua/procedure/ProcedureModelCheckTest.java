package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.deadline.TimeLimit;

/** The guard on broken in-memory models: each rule must be able to fail. */
class ProcedureModelCheckTest {

    private static final Set<String> GROUPS = Set.of("desk", "justice", "leaders");
    private static final Set<String> FORMS = Set.of("birth-registration-record", "civil-status-check",
            "civil-status-verify", "civil-status-record");

    private final ProcedureModelCheck check = new ProcedureModelCheck(GROUPS, FORMS, OfficeHours.standard(),
            model(read("dossier.bpmn")));

    @Test
    void theModelsAsWrittenKeepTheRules() {
        assertThat(check.problems(model(read("birth-registration.bpmn")))).isEmpty();
        assertThat(check.problems(model(read("marriage-registration.bpmn")))).isEmpty();
    }

    @Test
    void sameDayLeavesTheOfficeHoursAfterTheCutOffAndStepsMustFitInThem() {
        assertThat(check.capacity(TimeLimit.parse("SAME_DAY 15:00"))).isEqualByComparingTo("2");
        assertThat(check.capacity(TimeLimit.parse("SAME_DAY 11:00"))).isEqualByComparingTo("4.5");
        String tooLong = read("birth-registration.bpmn").replace("value=\"2 WORKING_HOURS\"", "value=\"2.5 WORKING_HOURS\"");
        assertThat(check.problems(model(tooLong))).singleElement().asString()
                .contains("[RecordBirth]", "2.5 giờ", "vượt thời hạn SAME_DAY 15:00 = 2 giờ");
    }

    @Test
    void workingAndCalendarDaysConvertToOfficeHours() {
        assertThat(check.capacity(TimeLimit.parse("3 WORKING_DAYS"))).isEqualByComparingTo("24");
        assertThat(check.capacity(TimeLimit.parse("4 WORKING_HOURS"))).isEqualByComparingTo("4");
        // 30 days hold at least 20 working days (4 weeks and 2 more days that may both be a weekend).
        assertThat(check.capacity(TimeLimit.parse("30 CALENDAR_DAYS"))).isEqualByComparingTo(BigDecimal.valueOf(160));
        assertThat(check.capacity(TimeLimit.parse("1 CALENDAR_DAYS"))).isEqualByComparingTo("0");
    }

    @Test
    void theFramesOwnBudgetsCountToo() {
        String frame = read("dossier.bpmn").replace(
                "<camunda:taskListener event=\"create\" expression=\"${dossierSteps.submittedForApproval(task, now())}\"/>",
                "<camunda:properties><camunda:property name=\"step.budget\" value=\"1 WORKING_HOURS\"/></camunda:properties>"
                        + "<camunda:taskListener event=\"create\" expression=\"${dossierSteps.submittedForApproval(task, now())}\"/>");
        ProcedureModelCheck withSigning = new ProcedureModelCheck(GROUPS, FORMS, OfficeHours.standard(), model(frame));
        assertThat(withSigning.problems(model(read("birth-registration.bpmn")))).singleElement().asString()
                .contains("cần 3 giờ", "gồm 1 giờ của khung");
    }

    @Test
    void aVerificationStepIsMeasuredAgainstItsCaseLimitAndOnlyThere() {
        String marriage = read("marriage-registration.bpmn");
        assertThat(check.problems(model(marriage.replace("value=\"3.5 WORKING_DAYS\"", "value=\"5 WORKING_DAYS\""))))
                .hasSize(2).as("granted and refused after verification").allSatisfy(problem -> assertThat(problem)
                        .contains("VerifyMarriageConditions", "vượt thời hạn 5 WORKING_DAYS"));
        assertThat(check.problems(model(marriage.replace(
                "<camunda:property name=\"step.case\" value=\"Cần xác minh điều kiện kết hôn\"/>", ""))))
                .hasSize(2).allSatisfy(problem -> assertThat(problem).contains("vượt thời hạn SAME_DAY 15:00"));
        assertThat(check.problems(model(marriage.replace(
                "name=\"step.case\" value=\"Cần xác minh điều kiện kết hôn\"", "name=\"step.case\" value=\"Khác\""))))
                .anySatisfy(problem -> assertThat(problem).contains("step.case 'Khác' không khớp"));
    }

    @Test
    void everyRuleReportsWhatIsWrong() {
        String birth = read("birth-registration.bpmn");
        assertThat(check.problems(model(birth.replace("<camunda:property name=\"procedure.retention\" value=\"PERMANENT\"/>", ""))))
                .singleElement().asString().contains("thiếu thuộc tính procedure.retention");
        assertThat(check.problems(model(birth.replace("value=\"SAME_DAY 15:00\"", "value=\"ngay trong ngày\""))))
                .singleElement().asString().contains("Thời hạn không hợp lệ");
        assertThat(check.problems(model(birth.replace("name=\"procedure.onlineService\" value=\"FULL\"",
                "name=\"procedure.onlineService\" value=\"LEVEL_4\"")))).singleElement().asString().contains("FULL hoặc PARTIAL");
        assertThat(check.problems(model(birth.replace("name=\"procedure.reusablePaper\" value=\"Giấy tờ tùy thân",
                "name=\"procedure.reusablePaper\" value=\"Giấy tờ khác")))).singleElement().asString()
                .contains("procedure.reusablePaper không có trong procedure.paper");
        assertThat(check.problems(model(birth.replace("camunda:candidateGroups=\"justice\"", "camunda:candidateGroups=\"police\""))))
                .containsExactly("birth-registration/RecordBirth: nhóm police không có trong organisation.yaml");
        assertThat(check.problems(model(birth.replace("name=\"procedure.unit\" value=\"justice\"", "name=\"procedure.unit\" value=\"police\""))))
                .containsExactly("birth-registration: đơn vị police không có trong organisation.yaml");
        assertThat(check.problems(model(birth.replace("<camunda:property name=\"step.budget\" value=\"2 WORKING_HOURS\"/>", ""))))
                .containsExactly("birth-registration/RecordBirth: thiếu step.budget");
        assertThat(check.problems(model(birth.replace("value=\"2 WORKING_HOURS\"", "value=\"SAME_DAY\""))))
                .contains("birth-registration/RecordBirth: step.budget phải tính bằng WORKING_HOURS hoặc WORKING_DAYS");
        assertThat(check.problems(model(birth.replace("camunda:formRef=\"birth-registration-record\"", "camunda:formRef=\"no-such-form\""))))
                .containsExactly("birth-registration/RecordBirth: biểu mẫu 'no-such-form' không có trong forms/");
        assertThat(check.problems(model(birth.replace("camunda:isStartableInTasklist=\"false\"", ""))))
                .singleElement().asString().contains("isStartableInTasklist=false");
    }

    @Test
    void aMissingDiagramElementIsReported() {
        String birth = read("birth-registration.bpmn");
        String withoutShape = birth.replaceAll("(?s)<bpmndi:BPMNShape id=\"RecordBirth_di\".*?</bpmndi:BPMNShape>", "");
        assertThat(withoutShape).isNotEqualTo(birth);
        assertThat(check.problems(model(withoutShape))).containsExactly("birth-registration: thiếu hình vẽ (DI) của RecordBirth");
    }

    @Test
    void processesThatAreNotProceduresAreLeftToTheGeneralGuard() {
        assertThat(check.problems(model(read("dossier.bpmn")))).isEmpty();
        assertThat(check.problems(model(read("incoming-document.bpmn")))).isEmpty();
    }

    static BpmnModelInstance model(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String read(String file) {
        try {
            return Files.readString(Path.of("bpmn", file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
