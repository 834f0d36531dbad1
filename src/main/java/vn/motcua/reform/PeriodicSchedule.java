package vn.motcua.reform;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.motcua.internal.WorkingDates;
import vn.motcua.internal.YearlyStarts;
import vn.motcua.register.RegisterUpdates;

/**
 * Called once a day by the periodic-schedule model's timer ({@code periodicSchedule}): starts the
 * reports, register updates and yearly processes whose date on the working calendar is today. A daily tick that decides
 * by the calendar, rather than a cycle timer, because Camunda's cycles know nothing of holidays.
 */
@Component("periodicSchedule")
public class PeriodicSchedule {

    private final ReformReports reports;
    private final RegisterUpdates register;
    private final YearlyStarts yearly;
    private final WorkingDates dates;

    public PeriodicSchedule(ReformReports reports, RegisterUpdates register, YearlyStarts yearly, WorkingDates dates) {
        this.reports = reports;
        this.register = register;
        this.yearly = yearly;
        this.dates = dates;
    }

    public void run() {
        LocalDate today = dates.today();
        for (ReportPeriod period : reports.dueOn(today)) {
            reports.start(period);
            register.start(period.key(), period.label(), period.start(), period.end());
        }
        yearly.startDue(today);
    }
}
