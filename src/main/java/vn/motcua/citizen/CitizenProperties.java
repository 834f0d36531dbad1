package vn.motcua.citizen;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What citizens see and receive: the public status lookup, the rating link, notifications, signed papers.
 * (The lookup page's address printed in the receipt's QR code is {@code motcua.dossier.lookup-url}.)
 */
@Validated
@ConfigurationProperties("motcua.citizen")
public record CitizenProperties(@NotNull @Valid Lookup lookup, @NotNull @Valid Rating rating,
                                @NotNull @Valid Notification notification) {

    /**
     * Failed lookups allowed in a sliding {@code window}, per client address and per dossier code typed.
     * Kept in memory: a restart forgets them, which only gives a guesser a fresh window.
     */
    public record Lookup(@Min(1) int maxFailuresPerClient, @Min(1) int maxFailuresPerDossier, @NotNull Duration window) {
    }

    /**
     * @param url the rating page; the one-time token is appended. Outside the demo profile it comes from the
     *            environment only (MOTCUA_RATING_URL): a link to localhost would reach no citizen.
     */
    public record Rating(@NotBlank(message = "chưa có địa chỉ trang đánh giá: đặt biến môi trường MOTCUA_RATING_URL "
                                + "(ví dụ https://motcua.example.gov.vn/danh-gia?t=)")
                        @Pattern(regexp = "https?://\\S+", message = "địa chỉ trang đánh giá (MOTCUA_RATING_URL) "
                                + "phải bắt đầu bằng http:// hoặc https://")
                        String url,
                        @NotNull Duration tokenValidity) {
    }

    /**
     * @param adapter  {@code demo} records messages only; {@code smtp} sends e-mail through spring.mail
     * @param from     the sender address of e-mails
     * @param dispatch the worker that sends the outbox
     */
    public record Notification(@NotBlank String adapter, @NotBlank String from, @NotNull @Valid Dispatch dispatch) {
    }

    /**
     * @param scheduled   whether the worker runs by itself (off in tests, which run it by hand)
     * @param interval    the pause between two runs
     * @param batchSize   at most this many messages a run, oldest first
     * @param maxAttempts a message refused this many times is left with its error for staff to see
     * @param firstRetry  wait after the first refusal; doubled after each further one
     * @param maxRetry    the longest wait between two attempts
     */
    public record Dispatch(boolean scheduled, @NotNull Duration interval, @Min(1) int batchSize, @Min(1) int maxAttempts,
                           @NotNull Duration firstRetry, @NotNull Duration maxRetry) {
    }
}
