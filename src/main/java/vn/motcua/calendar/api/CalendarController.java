package vn.motcua.calendar.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.deadline.DeadlineCalculator;
import vn.motcua.calendar.deadline.TimeLimit;
import vn.motcua.calendar.deadline.TimeUnitKind;
import vn.motcua.web.InvalidRequestException;

/** Public, read-only: the working calendar and deadline arithmetic, for staff pages and citizens. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    static final int MAX_RANGE_DAYS = 3 * 366;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private final WorkingCalendar calendar;
    private final DeadlineCalculator deadlines;
    private final MotCuaProperties motcua;

    CalendarController(WorkingCalendar calendar, DeadlineCalculator deadlines, MotCuaProperties motcua) {
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.motcua = motcua;
    }

    record Day(LocalDate date, boolean working, String name, String lunarDate, boolean leapMonth, String source,
               boolean estimated) {

        static Day of(CalendarDay day) {
            return new Day(day.date(), day.working(), day.name(), day.lunarDate().toString(),
                    day.lunarDate().leapMonth(), day.source(), day.estimated());
        }
    }

    record Deadline(ZonedDateTime start, ZonedDateTime countedFrom, String amount, TimeUnitKind unit,
                    ZonedDateTime dueAt, boolean estimated) {
    }

    @GetMapping("/days")
    List<Day> days(@RequestParam String from, @RequestParam String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw new InvalidRequestException("Ngày kết thúc (to) phải sau hoặc bằng ngày bắt đầu (from)");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_RANGE_DAYS) {
            throw new InvalidRequestException("Khoảng thời gian tối đa là 3 năm");
        }
        return calendar.days(first, last).stream().map(Day::of).toList();
    }

    @GetMapping("/deadline")
    Deadline deadline(@RequestParam String start, @RequestParam(required = false) String amount,
                      @RequestParam String unit, @RequestParam(required = false) String cutoff) {
        ZonedDateTime received = dateTime(start).atZone(motcua.zone());
        TimeLimit limit = limit(amount, unit, cutoff);
        ZonedDateTime due;
        try {
            due = deadlines.dueAt(received, limit);
        } catch (IllegalArgumentException beyondTheCalendar) {
            // The lunar holidays are known for 1900–2100 only: a deadline running past them cannot be counted.
            throw new InvalidRequestException("Không tính được hạn vượt ra ngoài phạm vi lịch hỗ trợ (năm "
                    + FIRST_YEAR + "–" + LAST_YEAR + ")");
        }
        if (due.getYear() > LAST_YEAR) {
            throw new InvalidRequestException("Hạn tính được vượt quá năm " + LAST_YEAR);
        }
        // A deadline that crosses a year without an official decision rests on the rule estimate.
        boolean estimated = IntStream.rangeClosed(received.getYear(), due.getYear())
                .anyMatch(year -> !calendar.isOfficialYear(year));
        return new Deadline(received, deadlines.normaliseReceipt(received),
                limit.amount().stripTrailingZeros().toPlainString(), limit.unit(), due, estimated);
    }

    private static TimeLimit limit(String amount, String unit, String cutoff) {
        TimeUnitKind kind;
        try {
            kind = TimeUnitKind.valueOf(unit);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Đơn vị thời hạn không hợp lệ: '" + unit
                    + "' (WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS hoặc SAME_DAY)");
        }
        String text = kind == TimeUnitKind.SAME_DAY
                ? kind.name() + (cutoff == null ? "" : " " + cutoff)
                : (amount == null ? "" : amount) + " " + kind.name();
        if (kind != TimeUnitKind.SAME_DAY && amount == null) {
            throw new InvalidRequestException("Thiếu tham số bắt buộc: amount");
        }
        try {
            TimeLimit limit = TimeLimit.parse(text);
            if (limit.amount().compareTo(BigDecimal.valueOf(MAX_RANGE_DAYS)) > 0) {
                throw new InvalidRequestException("Thời hạn quá lớn: " + amount);
            }
            return limit;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return inRange(name, LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Ngày không hợp lệ cho tham số " + name + ": '" + value
                    + "' (định dạng YYYY-MM-DD)");
        }
    }

    private static LocalDateTime dateTime(String value) {
        try {
            LocalDateTime time = LocalDateTime.parse(value);
            inRange("start", time.toLocalDate());
            return time;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Thời điểm không hợp lệ cho tham số start: '" + value
                    + "' (định dạng YYYY-MM-DDTHH:mm, giờ Việt Nam)");
        }
    }

    private static LocalDate inRange(String name, LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() >= LAST_YEAR) {
            throw new InvalidRequestException("Tham số " + name + " phải trong khoảng năm " + FIRST_YEAR + "–"
                    + (LAST_YEAR - 1));
        }
        return date;
    }
}
