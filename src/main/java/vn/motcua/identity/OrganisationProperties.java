package vn.motcua.identity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The commune's units, from organisation.yaml, so a reorganisation needs no code change. */
@Validated
@ConfigurationProperties("motcua.organisation")
public record OrganisationProperties(
        @NotBlank String communeName,
        @NotBlank String higherAuthority,
        @NotEmpty List<@Valid Unit> units) {

    public record Unit(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*", message = "mã đơn vị chỉ gồm chữ thường, số và dấu gạch ngang")
            String id,
            @NotBlank String name,
            @NotNull Role role) {
    }
}
