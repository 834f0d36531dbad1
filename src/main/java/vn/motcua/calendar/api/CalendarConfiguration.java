package vn.motcua.calendar.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.OfficialSchedule;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.deadline.DeadlineCalculator;
import vn.motcua.calendar.lunar.VietnameseLunarCalendar;

/** Builds the working-day clock from configuration; the clock itself knows nothing of Spring. */
@Configuration
class CalendarConfiguration {

    @Bean
    OfficialSchedule officialSchedule(CalendarProperties properties) {
        try (InputStream in = properties.schedule().getInputStream()) {
            return OfficialSchedule.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được lịch nghỉ chính thức: " + properties.schedule(), e);
        }
    }

    @Bean
    VietnameseLunarCalendar lunarCalendar() {
        return new VietnameseLunarCalendar();
    }

    @Bean
    WorkingCalendar workingCalendar(OfficialSchedule schedule, CalendarProperties properties,
                                    VietnameseLunarCalendar lunar) {
        return new WorkingCalendar(schedule, properties.restDays(), lunar);
    }

    @Bean
    OfficeHours officeHours(CalendarProperties properties) {
        List<OfficeHours.Season> seasons = properties.seasons().stream()
                .map(season -> new OfficeHours.Season(season.from(), season.to(), sessions(season.officeHours())))
                .toList();
        return new OfficeHours(sessions(properties.officeHours()), seasons);
    }

    @Bean
    DeadlineCalculator deadlineCalculator(WorkingCalendar calendar, OfficeHours hours, MotCuaProperties motcua) {
        return new DeadlineCalculator(calendar, hours, motcua.zone());
    }

    /** "07:30-11:30" → a session. */
    private static List<OfficeHours.Session> sessions(List<String> ranges) {
        return ranges.stream().map(range -> {
            String[] bounds = range.split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("Giờ làm việc phải có dạng HH:mm-HH:mm, nhận được: " + range);
            }
            return OfficeHours.Session.of(bounds[0].trim(), bounds[1].trim());
        }).toList();
    }
}
