package vn.motcua.citizen.rating;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.web.NotFoundException;

/**
 * The rating page's API. Public, but every call needs the one-time token; the desk reads the link for
 * its tablet with a staff login.
 */
@RestController
@Validated
class RatingController {

    private final Ratings ratings;

    RatingController(Ratings ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/api/public/ratings/{token}")
    Ratings.Invitation invitation(@PathVariable String token) {
        return ratings.invitation(token);
    }

    record RatingRequest(Map<Criterion, Integer> scores,
                         @Size(max = 1000, message = "ý kiến tối đa 1000 ký tự") String comment) {
    }

    record RatingAnswer(String dossierCode, boolean satisfied, Instant ratedAt) {
    }

    @PostMapping("/api/public/ratings/{token}")
    ResponseEntity<RatingAnswer> rate(@PathVariable String token, @RequestBody @jakarta.validation.Valid RatingRequest request) {
        Rating rating = ratings.rate(token, request.scores(), request.comment());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new RatingAnswer(rating.dossierCode(), rating.satisfied(), rating.ratedAt()));
    }

    @GetMapping("/api/citizen/ratings/{code}/link")
    @PreAuthorize("hasAnyRole('DESK', 'ADMIN')")
    Ratings.Link link(@PathVariable String code) {
        return ratings.link(code).orElseThrow(() ->
                new NotFoundException("Hồ sơ " + code + " chưa có kết quả nên chưa có liên kết đánh giá"));
    }

    /** Two submissions of the same link at the same moment: the database keeps one, the other is told. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Map<String, Object>> alreadyRated(DataIntegrityViolationException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of("status", 409, "message", "Hồ sơ này đã được đánh giá"));
    }
}
