package vn.motcua.calendar.api;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The commune's working week and office hours, and where the official holiday decisions are read
 * from (a file outside the jar can replace the bundled one without a rebuild).
 */
@Validated
@ConfigurationProperties("motcua.calendar")
public record CalendarProperties(
        @NotNull Resource schedule,
        @NotEmpty Set<DayOfWeek> restDays,
        @NotEmpty List<String> officeHours,
        List<@Valid Season> seasons) {

    public CalendarProperties {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }

    /** Office hours used every year from {@code from} to {@code to} (MM-dd), e.g. a summer schedule. */
    public record Season(@NotNull MonthDay from, @NotNull MonthDay to, @NotEmpty List<String> officeHours) {
    }
}
