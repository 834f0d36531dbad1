package vn.motcua.citizen.rating;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.citizen.CitizenProperties;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.web.ConflictException;
import vn.motcua.web.InvalidRequestException;
import vn.motcua.web.NotFoundException;

/**
 * The satisfaction rating: a one-time link made when the result is ready, the applicant's rating
 * (once per dossier), and a follow-up for the desk leader when the applicant was not satisfied.
 */
@Service
public class Ratings {

    public static final String FOLLOW_UP_PROCESS = "rating-follow-up";
    static final String INVALID_LINK = "Liên kết đánh giá không hợp lệ, đã hết hạn hoặc đã được sử dụng";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RatingInvitationRepository invitations;
    private final RatingRepository ratings;
    private final DossierRepository dossiers;
    private final RuntimeService runtime;
    private final CitizenProperties.Rating properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ratings(RatingInvitationRepository invitations, RatingRepository ratings, DossierRepository dossiers,
            RuntimeService runtime, CitizenProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.ratings = ratings;
        this.dossiers = dossiers;
        this.runtime = runtime;
        this.properties = properties.rating();
        this.events = events;
        this.clock = clock;
    }

    /**
     * The result is ready (or handed over): the rating link exists from now on. Ordered first among
     * the listeners, so the notification of the result can carry the link.
     */
    @EventListener
    @Order(0)
    @Transactional
    public void resultReady(DossierChanged change) {
        if (!change.type().equals("APPROVED") && !change.type().equals("RETURNED")) {
            return;
        }
        if (invitations.findByDossierCode(change.code()).isEmpty()) {
            byte[] random = new byte[24];
            RANDOM.nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            invitations.save(new RatingInvitation(change.code(), token, change.at(),
                    change.at().plus(properties.tokenValidity())));
        }
    }

    /** The link for the desk's tablet or a message to the applicant; empty before the result is ready. */
    @Transactional(readOnly = true)
    public Optional<Link> link(String dossierCode) {
        return invitations.findByDossierCode(dossierCode).map(invitation -> new Link(properties.url()
                + invitation.token(), invitation.expiresAt(), invitation.usedAt() != null));
    }

    public record Link(String url, Instant expiresAt, boolean used) {
    }

    /** What the rating page shows before the applicant rates: no personal data. */
    @Transactional(readOnly = true)
    public Invitation invitation(String token) {
        RatingInvitation invitation = usable(token);
        Dossier dossier = dossier(invitation.dossierCode());
        return new Invitation(dossier.code(), dossier.procedureName(), criteria());
    }

    public record Invitation(String dossierCode, String procedure, Map<Criterion, String> criteria) {
    }

    private static Map<Criterion, String> criteria() {
        return java.util.Arrays.stream(Criterion.values()).collect(Collectors.toMap(criterion -> criterion,
                Criterion::label, (first, second) -> first, () -> new EnumMap<>(Criterion.class)));
    }

    /** Records the rating; the link is spent. A second rating of the same dossier is refused. */
    @Transactional
    public Rating rate(String token, Map<Criterion, Integer> scores, String comment) {
        RatingInvitation invitation = usable(token);
        for (Criterion criterion : Criterion.values()) {
            Integer score = scores == null ? null : scores.get(criterion);
            if (score == null || score < 1 || score > 3) {
                throw new InvalidRequestException("Chưa đánh giá tiêu chí \"" + criterion.label() + "\" (chọn 1 đến 3)");
            }
        }
        if (ratings.existsByDossierCode(invitation.dossierCode())) {
            throw new ConflictException("Hồ sơ " + invitation.dossierCode() + " đã được đánh giá");
        }
        Instant now = clock.instant();
        Dossier dossier = dossier(invitation.dossierCode());
        String cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
        Rating rating;
        try {
            rating = ratings.saveAndFlush(new Rating(dossier.code(), dossier.procedureCode(), scores, cleanComment, now));
        } catch (DataIntegrityViolationException sameDossierAtTheSameMoment) {
            // A double tap on the tablet: the first rating stands.
            throw new ConflictException("Hồ sơ " + invitation.dossierCode() + " đã được đánh giá");
        }
        invitation.use(now);
        events.publishEvent(new RatingGiven(dossier.code()));
        if (!rating.satisfied()) {
            runtime.startProcessInstanceByKey(FOLLOW_UP_PROCESS, dossier.code(), Map.of(
                    "dossierCode", dossier.code(),
                    "procedureName", dossier.procedureName(),
                    "ratingSummary", summary(rating),
                    "ratingComment", cleanComment == null ? "(không có ý kiến)" : cleanComment));
        }
        return rating;
    }

    private static String summary(Rating rating) {
        return rating.scores().entrySet().stream()
                .map(entry -> entry.getKey().label() + ": " + switch (entry.getValue()) {
                    case 1 -> "Không hài lòng";
                    case 2 -> "Hài lòng";
                    default -> "Rất hài lòng";
                }).collect(Collectors.joining("; "));
    }

    private RatingInvitation usable(String token) {
        return (token == null ? Optional.<RatingInvitation>empty() : invitations.findByToken(token))
                .filter(invitation -> invitation.usableAt(clock.instant()))
                .orElseThrow(() -> new NotFoundException(INVALID_LINK));
    }

    private Dossier dossier(String code) {
        return dossiers.findByCode(code).orElseThrow(() -> new NotFoundException(INVALID_LINK));
    }
}
