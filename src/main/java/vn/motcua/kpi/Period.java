package vn.motcua.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.web.InvalidRequestException;

/**
 * A reporting period, whole days in the commune's zone, both ends included: a month ({@code 2026-03}),
 * a quarter ({@code 2026-Q1}), six months ({@code 2026-H1}), a year ({@code 2026}) or custom dates.
 */
public record Period(LocalDate from, LocalDate to, String label) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");

    public Period {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu");
        }
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "Năm " + year);
    }

    public static Period quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(from, from.plusMonths(3).minusDays(1), "Quý " + roman(quarter) + " năm " + year);
    }

    public static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(ym.atDay(1), ym.atEndOfMonth(), "Tháng " + month + " năm " + year);
    }

    /** {@code period} as above, or {@code from}/{@code to} (ISO dates) for a custom period. */
    public static Period parse(String period, String from, String to) {
        return parse(period, from, to, null);
    }

    /** As {@link #parse(String, String, String)}; with nothing given, the year of {@code today} if known. */
    public static Period parse(String period, String from, String to, LocalDate today) {
        try {
            if (period == null || period.isBlank()) {
                if (from == null && to == null && today != null) {
                    return year(today.getYear());
                }
                if (from == null || to == null) {
                    throw new InvalidRequestException("Cần chọn kỳ báo cáo (period) hoặc khoảng ngày (from, to)");
                }
                LocalDate start = LocalDate.parse(from);
                LocalDate end = LocalDate.parse(to);
                return new Period(start, end, "Từ " + vn(start) + " đến " + vn(end));
            }
            Matcher m;
            if ((m = YEAR.matcher(period)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = MONTH.matcher(period)).matches()) {
                return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = QUARTER.matcher(period)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = HALF.matcher(period)).matches()) {
                int year = Integer.parseInt(m.group(1));
                boolean first = m.group(2).equals("1");
                return new Period(LocalDate.of(year, first ? 1 : 7, 1), LocalDate.of(year, first ? 6 : 12, first ? 30 : 31),
                        (first ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year);
            }
        } catch (java.time.DateTimeException e) {
            throw new InvalidRequestException("Kỳ báo cáo không hợp lệ: " + e.getMessage());
        }
        throw new InvalidRequestException("Kỳ báo cáo không hợp lệ: dùng dạng 2026, 2026-03, 2026-Q1 hoặc 2026-H1");
    }

    public int year() {
        return to.getYear();
    }

    private static String roman(int quarter) {
        return new String[] {"I", "II", "III", "IV"}[quarter - 1];
    }

    private static String vn(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
