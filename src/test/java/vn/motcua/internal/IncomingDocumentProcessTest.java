package vn.motcua.internal;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Incoming official documents: the handling deadline is counted in working days by the Vietnamese
 * calendar, shown as the task's due date, and an overdue document is escalated to the leaders.
 */
@MotCuaIntegrationTest
class IncomingDocumentProcessTest {

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
    void deadlineSkipsTheHungKingsCompensatoryDayAndOverdueHandlingIsEscalated() {
        // Friday 24/4/2026; Monday 27/4 is the compensatory day for Giỗ Tổ Hùng Vương (Sunday 26/4).
        at(ZonedDateTime.of(2026, 4, 24, 9, 0, 0, 0, VIETNAM));
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt("AssignHandling");
        assertThat(task()).hasCandidateGroup("leaders");

        complete(task(), withVariables("handlingUnit", "justice", "handlingDays", 2L));

        // Two working days after Friday: Tuesday 28/4 and Wednesday 29/4, to the end of office hours.
        Date due = date(ZonedDateTime.of(2026, 4, 29, 17, 0, 0, 0, VIETNAM));
        assertThat(instance).isWaitingAt("HandleDocument").variables().containsEntry("handlingDueAt", due);
        assertThat(task()).hasCandidateGroup("justice").hasDueDate(due);
        assertThat(job()).hasDueDate(due);

        at(ZonedDateTime.of(2026, 4, 29, 17, 1, 0, 0, VIETNAM));
        execute(job());
        assertThat(instance).isWaitingAt("HandleDocument", "RemindOverdue");
        assertThat(task("RemindOverdue")).hasCandidateGroup("leaders");

        complete(task("RemindOverdue"), withVariables("reminder", "Đề nghị Tư pháp – Hộ tịch hoàn thành ngay"));
        complete(task("HandleDocument"), withVariables("outcome", "reply", "handlingResult", "Dự thảo văn bản trả lời"));
        complete(task("SignReply"), withVariables("replyNumber", "56/UBND-TP"));
        assertThat(instance).hasPassedInOrder("AssignHandling", "HandleDocument", "SignReply")
                .hasPassed("HandlingOverdue", "RemindOverdue", "Reminded", "Replied").isEnded();
    }

    @Test
    void documentHandledInTimeIsFiledWithoutEscalation() {
        at(ZonedDateTime.of(2026, 8, 28, 10, 0, 0, 0, VIETNAM)); // Friday before the Quốc khánh break
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt("AssignHandling");
        complete(task(), withVariables("handlingUnit", "culture", "handlingDays", 1L));

        // Saturday 22/8 was worked in exchange for Monday 31/8; 1–2/9 are Quốc khánh: next working day 3/9.
        Date due = date(ZonedDateTime.of(2026, 9, 3, 17, 0, 0, 0, VIETNAM));
        assertThat(task()).hasDueDate(due);

        complete(task(), withVariables("outcome", "file", "handlingResult", "Lưu hồ sơ"));
        assertThat(instance).hasPassed("Filed").hasNotPassed("RemindOverdue").isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .isZero();
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey("incoming-document",
                withVariables("documentNumber", "88/UBND", "summary", "Kế hoạch kiểm tra công tác cải cách hành chính"));
    }

    private static void at(ZonedDateTime time) {
        ClockUtil.setCurrentTime(date(time));
    }

    private static Date date(ZonedDateTime time) {
        return Date.from(time.toInstant());
    }
}
