package vn.motcua.internal;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.support.MotCuaIntegrationTest;

/**
 * Petitions on administrative rules (phản ánh, kiến nghị): the 2 / 5 / 15 / 2 working-day limits of
 * Decree 20/2008 as amended, counted on the Vietnamese calendar across the April–May holidays.
 */
@MotCuaIntegrationTest
class CitizenFeedbackProcessTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void moreInformationThenAnAnswerEscalatedWhenLateSignedAndPublished() {
        at(2026, 4, 24, 9, 0); // Friday; 27/4 (Giỗ Tổ, compensatory), 30/4 and 1/5 are days off
        ProcessInstance instance = receive();
        assertThat(instance).isWaitingAt("ClassifyFeedback").variables().containsEntry("receivedAt", date(2026, 4, 24, 9, 0));
        assertThat(task()).hasCandidateGroup("office").hasDueDate(date(2026, 4, 29, 17, 0)); // reject within 2: 28, 29/4

        complete(task(), withVariables("category", "rule", "classification", "needInfo",
                "classificationNote", "Đề nghị nêu rõ quy định bị phản ánh"));
        // Request more information within 5 working days of receipt: 28, 29/4, 4, 5, 6/5.
        assertThat(task()).hasDefinitionKey("RequestInformation").hasCandidateGroup("desk").hasDueDate(date(2026, 5, 6, 17, 0));
        complete(task(), withVariables("requestReference", "15/UBND ngày 28/4/2026"));

        at(2026, 5, 7, 10, 0);
        complete(task(), withVariables("informationReceived", "yes", "supplement", "Quyết định 12/2024 của UBND tỉnh"));
        assertThat(instance).isWaitingAt("ClassifyFeedback").variables().containsEntry("receivedAt", date(2026, 5, 7, 10, 0));
        complete(task(), withVariables("category", "rule", "classification", "accept", "handlingUnit", "cadastral"));

        // Answer within 15 working days of the complete petition (7/5): 8/5 … 28/5.
        Date answerDue = date(2026, 5, 28, 17, 0);
        assertThat(instance).isWaitingAt("AnswerFeedback").variables().containsEntry("answerDueAt", answerDue);
        assertThat(task()).hasCandidateGroup("cadastral").hasDueDate(answerDue);
        assertThat(job("AnswerOverdue")).hasDueDate(answerDue);

        at(2026, 5, 28, 17, 1);
        execute(job("AnswerOverdue"));
        assertThat(task("DirectOverdueAnswer")).hasCandidateGroup("leaders");
        complete(task("DirectOverdueAnswer"), withVariables("instruction", "Trả lời trước 29/5"));

        complete(task("AnswerFeedback"), withVariables("answer", "Dự thảo trả lời"));
        complete(task("SignAnswer"), withVariables("answerSigned", "redraft", "signNote", "Nêu căn cứ"));
        complete(task("AnswerFeedback"), withVariables("answer", "Trả lời có căn cứ"));
        at(2026, 6, 1, 9, 0);
        complete(task("SignAnswer"), withVariables("answerSigned", "signed", "answerNumber", "77/UBND-ĐC"));

        // Publish within 2 working days of the answer: Tuesday 2/6 and Wednesday 3/6.
        assertThat(task("PublishAnswer")).hasCandidateGroup("office").hasDueDate(date(2026, 6, 3, 17, 0));
        complete(task("PublishAnswer"), withVariables("publishedWhere", "Cổng thông tin điện tử xã"));
        assertThat(instance).hasPassed("OverdueDirected", "Answered").hasNotPassed("Rejected").isEnded();
    }

    @Test
    void aPetitionOutsideTheRulesIsRejectedWithoutAnAnswerStep() {
        at(2026, 8, 28, 15, 0);
        ProcessInstance instance = receive();
        assertThat(instance).isWaitingAt("ClassifyFeedback");
        // 29/8–2/9 are days off (Quốc khánh, with Monday 31/8 swapped): Thursday 3/9 and Friday 4/9.
        assertThat(task()).hasDueDate(date(2026, 9, 4, 17, 0));
        complete(task(), withVariables("category", "other", "classification", "reject",
                "classificationNote", "Nội dung khiếu nại, hướng dẫn theo Luật Khiếu nại"));
        assertThat(instance).hasPassed("Rejected").hasNotPassed("AnswerFeedback").isEnded();
    }

    private ProcessInstance receive() {
        return engine.getRuntimeService().startProcessInstanceByKey("citizen-feedback", withVariables(
                "senderName", "Phạm Văn Đức", "senderContact", "Thôn Trung Lưu, 0912000111", "channel", "counter",
                "content", "Thành phần hồ sơ chuyển mục đích sử dụng đất yêu cầu giấy tờ không có trong quy định"));
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
    }

    private static Date date(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant());
    }
}
