package vn.motcua.calendar;

import java.time.LocalDate;
import vn.motcua.calendar.lunar.LunarDate;

/**
 * Everything the one-stop shop needs to show or reason about one date.
 *
 * @param name      holiday or swap name; null on ordinary days (weekly rest days included)
 * @param source    document or rule behind {@code name}; null on ordinary days
 * @param estimated true when the year has no official decision yet and this date's status comes
 *                  from the Labour Code rules, so it may still change
 */
public record CalendarDay(LocalDate date, boolean working, String name, LunarDate lunarDate, String source,
                          boolean estimated) {
}
