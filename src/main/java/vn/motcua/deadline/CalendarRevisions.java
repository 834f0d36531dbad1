package vn.motcua.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.lunar.VietnameseLunarCalendar;
import vn.motcua.deadline.DeadlineChange.Outcome;

/**
 * Notices that the working-day calendar is not the one the open deadlines were measured against
 * (the data file was edited, a year was added, rest days or office hours were reconfigured), records
 * the new revision and re-projects the open deadlines against it.
 */
@Service
class CalendarRevisions {

    private static final Logger log = LoggerFactory.getLogger(CalendarRevisions.class);
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final CalendarRevisionRepository revisions;
    private final Reprojection reprojection;
    private final VietnameseLunarCalendar lunar;
    private final ZoneId zone;
    private final Clock clock;

    CalendarRevisions(CalendarRevisionRepository revisions, Reprojection reprojection, VietnameseLunarCalendar lunar,
                      MotCuaProperties motcua, Clock clock) {
        this.revisions = revisions;
        this.reprojection = reprojection;
        this.lunar = lunar;
        this.zone = motcua.zone();
        this.clock = clock;
    }

    /**
     * Records {@code edition} if it differs from the latest revision and, unless it is the first one,
     * re-projects the open deadlines against it, all in one transaction.
     *
     * @return the new revision, or empty when the calendar is unchanged
     */
    @Transactional
    Optional<CalendarRevision> check(ProcessEngine engine, CalendarEdition edition) {
        Optional<CalendarRevision> latest = revisions.findFirstByOrderByIdDesc();
        if (latest.isPresent() && latest.get().checksum().equals(edition.checksum())) {
            log.info("Working-day calendar unchanged since revision {}", latest.get().id());
            return Optional.empty();
        }
        CalendarRevision revision = new CalendarRevision(latest.orElse(null), edition, clock.instant());
        if (latest.isEmpty()) {
            revision.report(firstSummary(edition), List.of());
        } else {
            List<DeadlineChange> changes = reprojection.reproject(engine, edition.calculator(lunar, zone), revision);
            revision.report(changeSummary(latest.get(), edition, changes), changes);
        }
        revisions.save(revision);
        log.info("Working-day calendar revision {} recorded:\n{}", revision.id(), revision.summary());
        return Optional.of(revision);
    }

    private static String firstSummary(CalendarEdition edition) {
        int days = edition.schedule().coveredYears().stream()
                .mapToInt(year -> edition.schedule().days(year).size()).sum();
        return "Ghi nhận lịch làm việc lần đầu: " + edition.schedule().coveredYears().size()
                + " năm có quyết định chính thức " + edition.schedule().coveredYears() + ", " + days
                + " ngày nghỉ, nghỉ bù, hoán đổi và làm bù.";
    }

    private String changeSummary(CalendarRevision previous, CalendarEdition edition, List<DeadlineChange> changes) {
        List<String> before = previous.lines();
        List<String> after = edition.lines();
        List<String> summary = new ArrayList<>();
        summary.add("Lịch làm việc thay đổi so với lần ghi nhận trước (số " + previous.id() + ").");
        after.stream().filter(line -> !before.contains(line)).forEach(line -> summary.add("Thêm: " + line));
        before.stream().filter(line -> !after.contains(line)).forEach(line -> summary.add("Bỏ: " + line));
        long moved = changes.stream().filter(change -> change.outcome() == Outcome.MOVED).count();
        long kept = changes.size() - moved;
        summary.add(changes.isEmpty() ? "Không thời hạn nào đang mở bị ảnh hưởng."
                : "Tính lại thời hạn: " + moved + " thời hạn được dời, " + kept
                        + " ngày hẹn đã hẹn với công dân được giữ nguyên.");
        for (DeadlineChange change : changes) {
            TrackedDeadline deadline = change.deadline();
            summary.add("- Quy trình " + deadline.processInstanceId() + ", " + deadline.variableName() + ": "
                    + (change.outcome() == Outcome.MOVED
                    ? "dời từ " + format(change.previousDueAt()) + " sang " + format(change.newDueAt())
                    : "giữ nguyên " + format(change.previousDueAt()) + " (đã hẹn), theo lịch mới là "
                            + format(change.newDueAt())));
        }
        return String.join("\n", summary);
    }

    private String format(Instant instant) {
        return VIETNAMESE.format(instant.atZone(zone));
    }
}
