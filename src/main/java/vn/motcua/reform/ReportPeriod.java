package vn.motcua.reform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A period the commune reports on to the higher authority (plan § VI.2: "hàng quý, 6 tháng và hàng
 * năm"). The six-month report stands for the second quarter's and the yearly report for the fourth
 * quarter's, so each quarter's end brings exactly one periodic report.
 */
public record ReportPeriod(Kind kind, int year, int number) {

    public enum Kind { QUARTER, HALF_YEAR, YEAR }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public LocalDate start() {
        return switch (kind) {
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case HALF_YEAR, YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate end() {
        return switch (kind) {
            case QUARTER -> LocalDate.of(year, number * 3, 1).plusMonths(1).minusDays(1);
            case HALF_YEAR -> LocalDate.of(year, 6, 30);
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** Stable part of business keys, e.g. {@code 2026-Q1}, {@code 2026-H1}, {@code 2026-Y}. */
    public String key() {
        return switch (kind) {
            case QUARTER -> year + "-Q" + number;
            case HALF_YEAR -> year + "-H1";
            case YEAR -> year + "-Y";
        };
    }

    public String label() {
        return switch (kind) {
            case QUARTER -> "Quý " + ROMAN[number - 1] + " năm " + year;
            case HALF_YEAR -> "6 tháng đầu năm " + year;
            case YEAR -> "Năm " + year;
        };
    }

    /** The periodic report for the quarter ending in {@code month} (3, 6, 9 or 12) of {@code year}. */
    static ReportPeriod endingIn(int year, int month) {
        return switch (month) {
            case 6 -> new ReportPeriod(Kind.HALF_YEAR, year, 1);
            case 12 -> new ReportPeriod(Kind.YEAR, year, 1);
            default -> new ReportPeriod(Kind.QUARTER, year, month / 3);
        };
    }

    /** The periods whose last day lies in [from, to]. */
    static List<ReportPeriod> endingBetween(LocalDate from, LocalDate to) {
        List<ReportPeriod> periods = new ArrayList<>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            if (month.getMonthValue() % 3 == 0) {
                ReportPeriod period = endingIn(month.getYear(), month.getMonthValue());
                if (!period.end().isBefore(from) && !period.end().isAfter(to)) {
                    periods.add(period);
                }
            }
        }
        return periods;
    }
}
