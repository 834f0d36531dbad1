package vn.motcua;

import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Application-wide settings. Deadlines are computed in {@link #zone()}, never in the JVM default zone,
 * so a server installed with UTC still counts Vietnamese office days.
 */
@Validated
@ConfigurationProperties("motcua")
public record MotCuaProperties(@NotNull ZoneId zone) {
}
