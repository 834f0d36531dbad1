package vn.motcua.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.support.MotCuaIntegrationTest;

/**
 * Figures no workflow produces: the responsible unit the model names enters each with evidence, late
 * entry is chased, and every entry is kept (a correction is a newer entry, never an overwrite).
 */
@MotCuaIntegrationTest
class RegisterUpdateProcessTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    ProcessEngine engine;

    @Autowired
    RegisterUpdates updates;

    @Autowired
    RegisterFigureRepository figures;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        figures.deleteAll(figures.findByIndicatorAndPeriodEndBetweenOrderByPeriodEndDescEnteredAtDesc(
                "COVERAGE-5G", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30)));
    }

    @Test
    void theModelNamesTheRegisterIndicatorsAndTheirUnits() {
        assertThat(updates.indicators()).extracting(RegisterUpdates.Indicator::id).containsExactly(
                "INSPECTIONS-DIGITAL", "WORKFILES-ONLINE", "DOCS-SIGNED", "ISO-INTERNAL-ISSUED", "STAFF-DEGREE", "STAFF-POLITICS", "STAFF-TRAINED", "COVERAGE-4G", "COVERAGE-5G",
                "INVESTMENT");
        assertThat(updates.indicators()).filteredOn(i -> i.id().equals("INVESTMENT"))
                .singleElement().satisfies(i -> assertThat(i.unit()).isEqualTo("finance"));
    }

    @Test
    void theUnitEntersTheFigureWithEvidenceIsChasedWhenLateAndHistoryIsKept() {
        at(2026, 10, 6, 8, 0); // Tuesday
        assertThat(updates.start("2026-Q3", "Quý III năm 2026", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
                .isEqualTo(10);
        assertThat(updates.start("2026-Q3", "Quý III năm 2026", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
                .as("once per indicator and period").isZero();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("SL-COVERAGE-5G-2026-Q3").singleResult();
        Date due = date(2026, 10, 9, 17, 0); // 3 working days: 7, 8, 9/10
        assertThat(instance).isWaitingAt("EnterFigure").variables().containsEntry("figureDueAt", due);
        assertThat(task()).hasCandidateGroup("culture").hasDueDate(due);

        at(2026, 10, 9, 17, 1);
        execute(job("FigureOverdue"));
        assertThat(task("RemindFigure")).hasCandidateGroup("office");
        complete(task("RemindFigure"), withVariables("reminder", "Đề nghị nhập số liệu phủ sóng 5G"));

        String entry = task("EnterFigure").getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(entry, withVariables("figure", 120, "evidence", "x")))
                .hasMessageContaining("Số liệu không hợp lệ");
        complete(task("EnterFigure"), withVariables("figure", 61.5, "evidence", "Văn bản 12/VNPT-HT ngày 12/10/2026"));
        assertThat(instance).hasPassed("FigureReminded", "Recorded").isEnded();

        updates.start("2026-Q3-correction", "Quý III năm 2026 (đính chính)", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        ProcessInstance correction = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("SL-COVERAGE-5G-2026-Q3-correction").singleResult();
        assertThat(correction).isWaitingAt("EnterFigure");
        complete(task(), withVariables("figure", 63L, "evidence", "Văn bản 15/VNPT-HT đính chính"));

        List<RegisterFigure> history = figures.findByIndicatorAndPeriodEndBetweenOrderByPeriodEndDescEnteredAtDesc(
                "COVERAGE-5G", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30));
        assertThat(history).extracting(RegisterFigure::figure).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("61.5"), new BigDecimal("63"));
        assertThat(history).allSatisfy(f -> {
            assertThat(f.unitId()).isEqualTo("culture");
            assertThat(f.measure()).isEqualTo("PERCENT");
            assertThat(f.periodEnd()).isEqualTo(LocalDate.of(2026, 9, 30));
        });
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
    }

    private static Date date(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant());
    }
}
