package vn.motcua.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.springframework.stereotype.Component;

/**
 * Yearly internal processes (internal audit, management review, reform-index self-assessment) start on
 * the date their model declares ({@code schedule.yearly} = "MM-dd"), moved to the next working day when
 * that date is a day off; business key {@code <process>-<year>}, so each starts once a year.
 */
@Component
public class YearlyStarts {

    static final String PROPERTY = "schedule.yearly";
    /** A start missed while the server was down still happens within this many days. */
    private static final int CATCH_UP_DAYS = 30;

    private final ProcessEngine engine;
    private final WorkingDates dates;

    public YearlyStarts(ProcessEngine engine, WorkingDates dates) {
        this.engine = engine;
        this.dates = dates;
    }

    /** Starts what is due on {@code today}; returns the business keys started. */
    public List<String> startDue(LocalDate today) {
        if (!dates.isWorkingDay(today)) {
            return List.of();
        }
        return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .flatMap(definition -> yearlyDate(definition).stream()
                        .filter(day -> isDue(day, today))
                        .flatMap(day -> start(definition.getKey(), today.getYear()).stream()))
                .toList();
    }

    private boolean isDue(MonthDay day, LocalDate today) {
        LocalDate first = dates.workingDayOnOrAfter(day.atYear(today.getYear()));
        return !today.isBefore(first) && today.isBefore(first.plusDays(CATCH_UP_DAYS));
    }

    private Optional<String> start(String processKey, int year) {
        String businessKey = processKey + "-" + year;
        if (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).count() > 0) {
            return Optional.empty();
        }
        engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey,
                Map.of("year", (long) year));
        return Optional.of(businessKey);
    }

    private Optional<MonthDay> yearlyDate(ProcessDefinition definition) {
        Process process = engine.getRepositoryService().getBpmnModelInstance(definition.getId())
                .getModelElementById(definition.getKey());
        ExtensionElements extensions = process == null ? null : process.getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(group -> group.getCamundaProperties().stream())
                .filter(property -> PROPERTY.equals(property.getCamundaName()))
                .map(property -> MonthDay.parse("--" + property.getCamundaValue().trim()))
                .findFirst();
    }
}
