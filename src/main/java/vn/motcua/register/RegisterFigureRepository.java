package vn.motcua.register;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterFigureRepository extends JpaRepository<RegisterFigure, Long> {

    /** Every entry for the indicator whose period ends within [from, to], newest period and entry first. */
    List<RegisterFigure> findByIndicatorAndPeriodEndBetweenOrderByPeriodEndDescEnteredAtDesc(
            String indicator, LocalDate from, LocalDate to);

    List<RegisterFigure> findByIndicatorOrderByPeriodEndDescEnteredAtDesc(String indicator);
}
