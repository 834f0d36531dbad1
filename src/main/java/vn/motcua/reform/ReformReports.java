package vn.motcua.reform;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.motcua.identity.OrganisationProperties;
import vn.motcua.internal.WorkingDates;
import vn.motcua.register.RegisterFigure;
import vn.motcua.register.RegisterFigureRepository;

/**
 * Periodic reform reports to the higher authority ({@code reformReports} in the reform-report model):
 * which period is due on a working day, the figures the report quotes, and the units' input.
 */
@Component("reformReports")
public class ReformReports {

    static final String PROCESS = "reform-report";
    private static final String SENT = "Sent";
    /** A report missed while the server was down still starts within this many days of its date. */
    private static final int CATCH_UP_DAYS = 30;

    private final ProcessEngine engine;
    private final WorkingDates dates;
    private final OrganisationProperties organisation;
    private final ObjectProvider<ReportFigures> kpi;
    private final RegisterFigureRepository register;

    public ReformReports(ProcessEngine engine, WorkingDates dates, OrganisationProperties organisation,
                         ObjectProvider<ReportFigures> kpi, RegisterFigureRepository register) {
        this.engine = engine;
        this.dates = dates;
        this.organisation = organisation;
        this.kpi = kpi;
        this.register = register;
    }

    /**
     * The periods whose report starts on {@code today}: the first working day after the period ends (a
     * report falling due on a holiday or a weekend is due on the next working day), or a few days later
     * when that day was missed.
     */
    public List<ReportPeriod> dueOn(LocalDate today) {
        if (!dates.isWorkingDay(today)) {
            return List.of();
        }
        return ReportPeriod.endingBetween(today.minusDays(CATCH_UP_DAYS + 15L), today.minusDays(1)).stream()
                .filter(period -> {
                    LocalDate first = dates.workingDayOnOrAfter(period.end().plusDays(1));
                    return !today.isBefore(first) && today.isBefore(first.plusDays(CATCH_UP_DAYS));
                })
                .toList();
    }

    /** A periodic report and whether it went out through the system: its process ended at "Đã gửi báo cáo". */
    public record Submission(ReportPeriod period, LocalDate dueOn, boolean sent) {
    }

    /**
     * REPORTS-ONLINE: the periodic reports falling due (first working day after their period) in
     * [from, to], up to today, each with whether the system sent it.
     */
    public List<Submission> dueBetween(LocalDate from, LocalDate to) {
        LocalDate until = to.isAfter(dates.today()) ? dates.today() : to;
        List<Submission> due = new java.util.ArrayList<>();
        // A report is due a few days after its period at most (the longest run of days off is Tết).
        for (ReportPeriod period : ReportPeriod.endingBetween(from.minusDays(20), until)) {
            LocalDate dueOn = dates.workingDayOnOrAfter(period.end().plusDays(1));
            if (!dueOn.isBefore(from) && !dueOn.isAfter(until)) {
                due.add(new Submission(period, dueOn, sent(period)));
            }
        }
        return due;
    }

    private boolean sent(ReportPeriod period) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey("BC-" + period.key()).finished().list().stream()
                .anyMatch(instance -> engine.getHistoryService().createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId()).activityId(SENT).finished().count() > 0);
    }

    /** Starts the period's report unless it was ever started (business key {@code BC-<period>}). */
    public boolean start(ReportPeriod period) {
        String businessKey = "BC-" + period.key();
        if (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey).count() > 0) {
            return false;
        }
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS, businessKey, Map.of(
                "periodLabel", period.label(), "periodStart", period.start().toString(),
                "periodEnd", period.end().toString(), "periodic", true));
        return true;
    }

    /** Start listener: the period and the addressee from the configuration (district in the plan, province since July 2025). */
    public void prepare(DelegateExecution execution) {
        LocalDate start = LocalDate.parse(String.valueOf(execution.getVariable("periodStart")).substring(0, 10));
        LocalDate end = LocalDate.parse(String.valueOf(execution.getVariable("periodEnd")).substring(0, 10));
        execution.setVariable("periodStart", start.toString());
        execution.setVariable("periodEnd", end.toString());
        if (execution.getVariable("periodLabel") == null) {
            execution.setVariable("periodLabel", "Từ " + start + " đến " + end);
        }
        execution.setVariable("higherAuthority", organisation.higherAuthority());
        execution.setVariable("unitInputs", "");
    }

    /**
     * Create listener of the assembly step: the figures are read when the report is put together, after
     * the units (and the register updates started the same day) have had their time to enter them.
     */
    public void attachFigures(DelegateTask task) {
        LocalDate start = LocalDate.parse(String.valueOf(task.getVariable("periodStart")));
        LocalDate end = LocalDate.parse(String.valueOf(task.getVariable("periodEnd")));
        task.getExecution().getProcessInstance().setVariable("kpiSummary", figures(start, end));
    }

    private String figures(LocalDate start, LocalDate end) {
        ReportFigures source = kpi.getIfAvailable();
        String kpiLines = source == null ? "Số liệu chỉ số (KPI) của kỳ chưa được kết nối."
                : source.figures(start, end).stream().map(f -> f.label() + " (" + f.indicator() + "): " + f.value())
                        .collect(Collectors.joining("\n"));
        String registerLines = register.findAll().stream()
                .filter(f -> !f.periodEnd().isBefore(start) && !f.periodEnd().isAfter(end))
                .map(ReformReports::line).distinct().collect(Collectors.joining("\n"));
        return registerLines.isEmpty() ? kpiLines : kpiLines + "\nSố liệu cập nhật định kỳ:\n" + registerLines;
    }

    private static String line(RegisterFigure figure) {
        return figure.indicator() + " (" + figure.periodStart() + " – " + figure.periodEnd() + "): "
                + figure.figure().stripTrailingZeros().toPlainString() + " " + figure.measure();
    }

    /** The units that contribute, as the model lists them: {@code ${reformReports.list('office,justice')}}. */
    public List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Complete listener of a unit's input: kept per unit in {@code unitInputs}, in completion order. */
    public void collectInput(DelegateTask task) {
        String unit = String.valueOf(task.getVariable("unit"));
        String name = organisation.units().stream().filter(u -> u.id().equals(unit))
                .map(OrganisationProperties.Unit::name).findFirst().orElse(unit);
        Object previous = task.getExecution().getProcessInstance().getVariable("unitInputs");
        String line = name + ": " + task.getVariable("unitInput");
        task.getExecution().getProcessInstance().setVariable("unitInputs",
                previous == null || previous.toString().isEmpty() ? line : previous + "\n" + line);
    }
}
