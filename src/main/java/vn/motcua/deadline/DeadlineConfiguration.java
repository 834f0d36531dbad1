package vn.motcua.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.OfficialSchedule;
import vn.motcua.calendar.WorkingCalendar;

@Configuration
class DeadlineConfiguration {

    /** The calendar the application runs with, from the same beans the deadline calculator is built from. */
    @Bean
    CalendarEdition configuredCalendarEdition(OfficialSchedule schedule, WorkingCalendar calendar, OfficeHours hours) {
        return new CalendarEdition(schedule, calendar.restDays(), hours);
    }
}
