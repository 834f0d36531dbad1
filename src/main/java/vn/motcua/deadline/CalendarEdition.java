package vn.motcua.deadline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.OfficialSchedule;
import vn.motcua.calendar.SpecialDay;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.deadline.DeadlineCalculator;
import vn.motcua.calendar.lunar.VietnameseLunarCalendar;

/**
 * Everything a due date is measured against: the official days (the data file), the weekly rest days
 * and the office hours. Editing any of them changes the checksum, which is how a restart notices that
 * open deadlines must be computed again. The Labour Code estimate for years without a decision is code,
 * not data, and is not part of it.
 */
record CalendarEdition(OfficialSchedule schedule, Set<DayOfWeek> restDays, OfficeHours hours) {

    CalendarEdition {
        restDays = Set.copyOf(restDays);
    }

    /** One fact per line, in a fixed order; readable, because revisions show them to users as the change. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Ngày nghỉ hằng tuần: " + (restDays.isEmpty() ? "không có"
                : EnumSet.copyOf(restDays).stream().map(DayOfWeek::name).collect(Collectors.joining(", "))));
        lines.add("Giờ làm việc: " + sessions(hours.defaultSessions()));
        for (OfficeHours.Season season : hours.seasons()) {
            lines.add("Giờ làm việc từ " + season.from() + " đến " + season.to() + ": " + sessions(season.sessions()));
        }
        for (int year : schedule.coveredYears()) {
            lines.add("Năm có quyết định chính thức: " + year);
        }
        for (int year : schedule.coveredYears()) {
            for (SpecialDay day : schedule.days(year)) {
                lines.add(day.date() + " " + day.kind() + " \"" + day.name() + "\" (" + day.source() + ")");
            }
        }
        return lines;
    }

    /** SHA-256 of {@link #lines()}, hex. */
    String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", lines()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    DeadlineCalculator calculator(VietnameseLunarCalendar lunar, ZoneId zone) {
        return new DeadlineCalculator(new WorkingCalendar(schedule, restDays, lunar), hours, zone);
    }

    private static String sessions(List<OfficeHours.Session> sessions) {
        return sessions.stream().map(session -> session.start() + "-" + session.end())
                .collect(Collectors.joining(", "));
    }
}
