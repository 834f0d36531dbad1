package vn.motcua.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as Decision 766 rounds them: two decimals; an empty denominator gives no figure. */
final class Ratio {

    private Ratio() {
    }

    static BigDecimal percent(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
