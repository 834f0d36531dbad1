package vn.motcua.reform;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The key tasks of the commune's reform plan (its appendix), read from reform/key-tasks.yaml: data of
 * the plan, not of the process, so a revised plan is an edit of that file.
 */
@Validated
@ConfigurationProperties("motcua.reform-plan")
public record ReformPlanProperties(int planEndYear, @NotEmpty List<@Valid KeyTask> keyTasks) {

    /**
     * @param lead         the plan's wording of the lead unit(s)
     * @param leadUnits    our groups (organisation.yaml) that report on the task
     * @param coordinating the plan's wording of the coordinating units
     * @param deadline     the plan's wording of the deadline, e.g. "Quý IV/2023", "Hàng năm"
     */
    public record KeyTask(@NotBlank String code, @NotBlank String area, @NotBlank String title,
                          @NotBlank String lead, @NotEmpty List<String> leadUnits, @NotBlank String coordinating,
                          List<String> coordinatingUnits, @NotBlank String deadline, @NotNull @Valid Due due) {

        public KeyTask {
            coordinatingUnits = coordinatingUnits == null ? List.of() : List.copyOf(coordinatingUnits);
        }

        public String businessKey() {
            return "KEYTASK-" + code;
        }
    }

    public record Due(@NotNull DueKind kind, Integer year, Integer quarter) {
    }

    public enum DueKind {
        /** By the end of a quarter ("Quý IV/2023"). */
        QUARTER,
        /** By the end of a year (the last year of a range such as "2022-2025"). */
        YEAR,
        /** Every year ("Hàng năm"): a round per year until the plan ends. */
        YEARLY,
        /**
         * When the province/district (or the Party committee, or a training plan) schedules it: reviewed at
         * the end of every year until done.
         */
        SCHEDULE
    }
}
