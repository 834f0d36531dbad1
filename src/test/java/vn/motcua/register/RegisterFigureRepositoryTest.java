package vn.motcua.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.support.MotCuaIntegrationTest;

@MotCuaIntegrationTest
class RegisterFigureRepositoryTest {

    @Autowired
    RegisterFigureRepository figures;

    @AfterEach
    void clean() {
        figures.deleteAll(figures.findByIndicatorOrderByPeriodEndDescEnteredAtDesc("TEST-COVERAGE"));
    }

    @Test
    void aCorrectionIsANewerEntryAndTheHistoryStays() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2026, 6, 30);
        figures.save(new RegisterFigure("TEST-COVERAGE", start, end, new BigDecimal("40.5"), "PERCENT",
                "Báo cáo của nhà mạng số 12/BC", "office", "vanphong", Instant.parse("2026-07-01T02:00:00Z")));
        figures.save(new RegisterFigure("TEST-COVERAGE", start, end, new BigDecimal("42.0"), "PERCENT",
                "Báo cáo điều chỉnh số 15/BC", "office", "vanphong", Instant.parse("2026-07-03T02:00:00Z")));
        figures.save(new RegisterFigure("TEST-COVERAGE", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31),
                new BigDecimal("30"), "PERCENT", "Báo cáo năm 2025", "office", "vanphong",
                Instant.parse("2026-01-05T02:00:00Z")));

        assertThat(figures.findByIndicatorAndPeriodEndBetweenOrderByPeriodEndDescEnteredAtDesc("TEST-COVERAGE",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .extracting(RegisterFigure::evidence)
                .containsExactly("Báo cáo điều chỉnh số 15/BC", "Báo cáo của nhà mạng số 12/BC");
        assertThat(figures.findByIndicatorOrderByPeriodEndDescEnteredAtDesc("TEST-COVERAGE")).hasSize(3)
                .first().extracting(RegisterFigure::figure).isEqualTo(new BigDecimal("42.0000"));
    }
}
