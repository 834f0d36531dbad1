package vn.motcua.calendar.lunar;

/**
 * The months between two consecutive "months 11" (the months holding the December solstice of
 * {@code solarYear} and of the next year). Every lunar date belongs to exactly one such span, and
 * the leap month, if any, is decided inside it, which is why the span is the unit of computation.
 *
 * @param solarYear   Gregorian year of the solstice that opens the span
 * @param month11     new-moon number (Meeus k) of the month holding that solstice
 * @param monthCount  12, or 13 when the span holds a leap month
 * @param leapOffset  offset from {@code month11} of the leap month, or -1
 */
record LunarYearLayout(int solarYear, long month11, int monthCount, int leapOffset) {

    boolean hasLeapMonth() {
        return leapOffset >= 0;
    }

    /** Month number (1–12) of the month {@code offset} months after month 11. */
    int monthNumberAt(int offset) {
        return (10 + countedOffset(offset)) % 12 + 1;
    }

    boolean isLeapAt(int offset) {
        return offset == leapOffset;
    }

    /** Lunar year of the month at {@code offset}: months 11 and 12 still belong to the old year. */
    int lunarYearAt(int offset) {
        return countedOffset(offset) <= 1 ? solarYear : solarYear + 1;
    }

    /** Offset of an ordinary or leap month, or -1 when that leap month does not exist this year. */
    int offsetOf(int month, boolean leap) {
        int counted = month >= 11 ? month - 11 : month + 1;
        if (leap) {
            return hasLeapMonth() && leapOffset - 1 == counted ? leapOffset : -1;
        }
        return hasLeapMonth() && counted >= leapOffset ? counted + 1 : counted;
    }

    /** The offset as if the leap month were not there: the leap month shares its predecessor's number. */
    private int countedOffset(int offset) {
        return hasLeapMonth() && offset >= leapOffset ? offset - 1 : offset;
    }
}
