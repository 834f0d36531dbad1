package vn.motcua.calendar.deadline;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A procedure's time limit as its text states it.
 *
 * @param amount        number of units; fractions allowed for working days (step budgets such as
 *                      0,25 or 0,5 ngày) and working hours; ignored for {@link TimeUnitKind#SAME_DAY}
 * @param unit          the unit
 * @param sameDayCutoff for SAME_DAY: receipts after this time are answered the next working day;
 *                      15:00 when not given (the "sau 15 giờ" of the civil-status and certification texts)
 */
public record TimeLimit(BigDecimal amount, TimeUnitKind unit, LocalTime sameDayCutoff) {

    public static final LocalTime DEFAULT_SAME_DAY_CUTOFF = LocalTime.of(15, 0);

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (unit == TimeUnitKind.SAME_DAY) {
            amount = amount == null ? BigDecimal.ZERO : amount;
            sameDayCutoff = sameDayCutoff == null ? DEFAULT_SAME_DAY_CUTOFF : sameDayCutoff;
        } else {
            if (amount == null || amount.signum() <= 0) {
                throw new IllegalArgumentException("Thời hạn phải lớn hơn 0, nhận được: " + amount);
            }
            if (unit == TimeUnitKind.CALENDAR_DAYS && !isWhole(amount)) {
                throw new IllegalArgumentException("Thời hạn theo ngày (lịch) phải là số nguyên, nhận được: "
                        + amount.toPlainString());
            }
        }
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(BigDecimal.valueOf(days), TimeUnitKind.WORKING_DAYS, null);
    }

    public static TimeLimit workingDays(BigDecimal days) {
        return new TimeLimit(days, TimeUnitKind.WORKING_DAYS, null);
    }

    public static TimeLimit workingHours(BigDecimal hours) {
        return new TimeLimit(hours, TimeUnitKind.WORKING_HOURS, null);
    }

    public static TimeLimit workingHours(int hours) {
        return workingHours(BigDecimal.valueOf(hours));
    }

    public static TimeLimit calendarDays(int days) {
        return new TimeLimit(BigDecimal.valueOf(days), TimeUnitKind.CALENDAR_DAYS, null);
    }

    public static TimeLimit sameDay() {
        return new TimeLimit(null, TimeUnitKind.SAME_DAY, null);
    }

    public static TimeLimit sameDay(LocalTime cutoff) {
        return new TimeLimit(null, TimeUnitKind.SAME_DAY, cutoff);
    }

    /**
     * Reads a limit as models write it: {@code "3 WORKING_DAYS"}, {@code "0.5 WORKING_DAYS"},
     * {@code "4 WORKING_HOURS"}, {@code "30 CALENDAR_DAYS"}, {@code "SAME_DAY"} or {@code "SAME_DAY 15:00"}.
     */
    public static TimeLimit parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\s+");
        if (parts.length == 1 && parts[0].equals(TimeUnitKind.SAME_DAY.name())) {
            return sameDay();
        }
        if (parts.length != 2) {
            throw invalid(text);
        }
        if (parts[0].equals(TimeUnitKind.SAME_DAY.name())) {
            try {
                return sameDay(LocalTime.parse(parts[1]));
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        BigDecimal amount;
        TimeUnitKind unit;
        try {
            amount = new BigDecimal(parts[0].replace(',', '.'));
            unit = TimeUnitKind.valueOf(parts[1]);
        } catch (IllegalArgumentException e) {
            throw invalid(text);
        }
        return new TimeLimit(amount, unit, null);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("Thời hạn không hợp lệ: '" + text + "' (ví dụ: '3 WORKING_DAYS', "
                + "'4 WORKING_HOURS', '30 CALENDAR_DAYS', 'SAME_DAY', 'SAME_DAY 15:00')");
    }

    /** As the receipt states it, e.g. "03 ngày làm việc". */
    public String toVietnamese() {
        String number = amount.stripTrailingZeros().toPlainString().replace('.', ',');
        if (isWholeAmount() && amount.compareTo(BigDecimal.TEN) < 0) {
            number = "0" + number;
        }
        return switch (unit) {
            case WORKING_DAYS -> number + " ngày làm việc";
            case WORKING_HOURS -> number + " giờ làm việc";
            case CALENDAR_DAYS -> number + " ngày";
            case SAME_DAY -> "Trong ngày (nhận hồ sơ sau " + sameDayCutoff.getHour() + " giờ"
                    + (sameDayCutoff.getMinute() == 0 ? "" : " " + sameDayCutoff.getMinute() + " phút")
                    + " thì trả trong ngày làm việc tiếp theo)";
        };
    }

    /** The form {@link #parse} reads. */
    @Override
    public String toString() {
        return unit == TimeUnitKind.SAME_DAY ? unit.name() + " " + sameDayCutoff
                : amount.stripTrailingZeros().toPlainString() + " " + unit.name();
    }

    /** True for 1, 3.0, 20 …; false for 0.5. */
    public boolean isWholeAmount() {
        return isWhole(amount);
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
