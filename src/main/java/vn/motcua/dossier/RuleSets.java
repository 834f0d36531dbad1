package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The one-stop rules by effective date: a dossier follows the rule set in force on the day it was
 * received, and keeps it (Decree 61/2018 and Circular 01/2018 before 01/07/2025, Decree 118/2025 and
 * Circular 03/2025 since). A new decree is a new entry in application.yaml, not a code change.
 */
@Validated
@ConfigurationProperties("motcua.rules")
public record RuleSets(@NotEmpty List<@Valid RuleSet> sets) {

    /**
     * @param decree   the decree on the one-stop mechanism, as papers and the dossier cite it
     * @param circular the circular whose annex holds the one-stop forms
     */
    public record RuleSet(@NotBlank String id, @NotNull LocalDate effectiveFrom, @NotBlank String decree,
                          @NotBlank String circular) {
    }

    public RuleSets {
        sets = sets.stream().sorted(Comparator.comparing(RuleSet::effectiveFrom)).toList();
    }

    /** The rule set in force on the day; a day before the first one is refused. */
    public RuleSet inForceOn(LocalDate day) {
        return sets.stream().filter(set -> !set.effectiveFrom().isAfter(day)).reduce((earlier, later) -> later)
                .orElseThrow(() -> new IllegalArgumentException("Không có quy định về cơ chế một cửa có hiệu lực ngày "
                        + day));
    }

    public RuleSet byId(String id) {
        return sets.stream().filter(set -> set.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Không có bộ quy định " + id + " trong cấu hình"));
    }
}
