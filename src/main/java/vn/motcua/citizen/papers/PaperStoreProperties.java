package vn.motcua.citizen.papers;

import java.time.Period;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param validity how long a stored paper stays usable, by a phrase of its name (first match wins);
 *                 papers no rule names are kept without a time limit (a birth certificate does not expire)
 * @param notKept  name beginnings of papers that are the request itself (tờ khai, đơn): new for every
 *                 dossier, so never kept for reuse
 */
@Validated
@ConfigurationProperties("motcua.citizen.papers")
public record PaperStoreProperties(List<@Valid Validity> validity, List<String> notKept) {

    public PaperStoreProperties {
        validity = validity == null ? List.of() : List.copyOf(validity);
        notKept = notKept == null ? List.of() : List.copyOf(notKept);
    }

    boolean kept(String paperName) {
        String lower = paperName.strip().toLowerCase(java.util.Locale.ROOT);
        return notKept.stream().noneMatch(prefix -> lower.startsWith(prefix.toLowerCase(java.util.Locale.ROOT)));
    }

    public record Validity(@NotBlank String nameContains, @NotNull Period period) {
    }
}
