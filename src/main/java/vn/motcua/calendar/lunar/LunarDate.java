package vn.motcua.calendar.lunar;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch).
 *
 * @param year      the lunar year, numbered like the Gregorian year in which its month 1 begins
 * @param month     1–12; a leap month repeats the number of the month before it
 * @param day       1–30
 * @param leapMonth true for the inserted month (tháng nhuận)
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    private static final String[] STEMS =
            {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    private static final String[] BRANCHES =
            {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Tháng âm lịch không hợp lệ: " + month + " (phải từ 1 đến 12)");
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("Ngày âm lịch không hợp lệ: " + day + " (phải từ 1 đến 30)");
        }
    }

    /** A date in an ordinary (non-leap) month. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    /** A date in the leap month that follows month {@code month}. */
    public static LunarDate ofLeapMonth(int year, int month, int day) {
        return new LunarDate(year, month, day, true);
    }

    /** The sexagenary name of the year (e.g. "Giáp Thìn" for 2024); 4 CE was a Giáp Tý year. */
    public String yearName() {
        return STEMS[Math.floorMod(year - 4, 10)] + " " + BRANCHES[Math.floorMod(year - 4, 12)];
    }

    /** Vietnamese wording for people, e.g. "ngày 2 tháng 2 nhuận năm Quý Mão (2023)". */
    public String toVietnameseText() {
        return "ngày " + day + " tháng " + month + (leapMonth ? " nhuận" : "")
                + " năm " + yearName() + " (" + year + ")";
    }

    /** ISO-like "YYYY-MM-DD"; the leap flag is deliberately not part of it (see {@link #leapMonth()}). */
    @Override
    public String toString() {
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
