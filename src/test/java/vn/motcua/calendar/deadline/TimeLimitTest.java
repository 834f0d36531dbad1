package vn.motcua.calendar.deadline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

    @Test
    void sameDayDefaultsToTheFifteenHundredCutoff() {
        TimeLimit limit = new TimeLimit(null, TimeUnitKind.SAME_DAY, null);
        assertEquals(LocalTime.of(15, 0), limit.sameDayCutoff());
        assertEquals(BigDecimal.ZERO, limit.amount());
    }

    @Test
    void rejectsEmptyOrNegativeLimits() {
        assertThatThrownBy(() -> TimeLimit.workingDays(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lớn hơn 0");
        assertThatThrownBy(() -> TimeLimit.workingHours(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeLimit(null, TimeUnitKind.CALENDAR_DAYS, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calendarDaysMustBeWhole() {
        assertThatThrownBy(() -> new TimeLimit(new BigDecimal("1.5"), TimeUnitKind.CALENDAR_DAYS, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }

    @Test
    void wholeAmountsIgnoreTrailingZeros() {
        assertTrue(TimeLimit.workingDays(new BigDecimal("3.00")).isWholeAmount());
        assertFalse(TimeLimit.workingDays(new BigDecimal("0.50")).isWholeAmount());
    }
}
