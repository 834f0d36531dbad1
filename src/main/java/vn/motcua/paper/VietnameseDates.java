package vn.motcua.paper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as Vietnamese official papers write them: "08 giờ 30 phút, ngày 05 tháng 3 năm 2026".
 * Times are shown in Vietnam whatever zone they arrive in, never in the server's default zone.
 *
 * <p>Days below 10 and the months 1 and 2 take a leading zero, the others do not (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): a lone "1" could later be turned into 11 or 12.
 */
public final class VietnameseDates {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The short form messages, histories and signature blocks use: "08:30 ngày 05/03/2026" (format a zoned time). */
    public static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    /** "ngày 05 tháng 02 năm 2026"; empty for null, leaving the line blank. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        int month = date.getMonthValue();
        return "ngày %02d tháng %s năm %d".formatted(
                date.getDayOfMonth(), month <= 2 ? "0" + month : String.valueOf(month), date.getYear());
    }

    /** The date in Vietnam of an instant: "ngày 26 tháng 11 năm 2026". */
    public String dateOf(ZonedDateTime time) {
        return time == null ? "" : date(local(time).toLocalDate());
    }

    /** "08 giờ 30 phút, ngày 26 tháng 11 năm 2026". */
    public String dateTime(ZonedDateTime time) {
        return time == null ? "" : clock(time) + ", " + dateOf(time);
    }

    /** "08 giờ 30 phút". */
    public String clock(ZonedDateTime time) {
        if (time == null) {
            return "";
        }
        ZonedDateTime local = local(time);
        return "%02d giờ %02d phút".formatted(local.getHour(), local.getMinute());
    }

    /** "26/11/2026", for table cells too narrow for the long form. */
    public String shortDateOf(ZonedDateTime time) {
        if (time == null) {
            return "";
        }
        LocalDate day = local(time).toLocalDate();
        return "%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    /** The date line under the national motto: "Sơn Trung, ngày 26 tháng 11 năm 2026". */
    public String placeAndDate(String place, LocalDate date) {
        return place + ", " + date(date);
    }

    private static ZonedDateTime local(ZonedDateTime time) {
        return time.withZoneSameInstant(VIETNAM);
    }
}
