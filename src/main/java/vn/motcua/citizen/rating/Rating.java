package vn.motcua.citizen.rating;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The applicant's rating of one dossier (at most one). Written once from the rating page and never
 * updated ({@link Immutable}: Hibernate ignores changes), so staff cannot improve their own score.
 * Read by the satisfaction KPIs through {@link RatingRepository}.
 */
@Entity
@Immutable
@Table(name = "citizen_rating")
public class Rating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_code", nullable = false, unique = true)
    private String dossierCode;

    @Column(name = "procedure_code", nullable = false)
    private String procedureCode;

    /** False when any criterion was rated "không hài lòng": the dossier counts as disliked (QĐ 766, 5.4). */
    @Column(nullable = false)
    private boolean satisfied;

    @Column(name = "score_time", nullable = false)
    private int scoreTime;

    @Column(name = "score_contacts", nullable = false)
    private int scoreContacts;

    @Column(name = "score_result", nullable = false)
    private int scoreResult;

    @Column(name = "score_attitude", nullable = false)
    private int scoreAttitude;

    private String comment;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected Rating() {
    }

    Rating(String dossierCode, String procedureCode, Map<Criterion, Integer> scores, String comment, Instant ratedAt) {
        this.dossierCode = dossierCode;
        this.procedureCode = procedureCode;
        this.scoreTime = scores.get(Criterion.TIME);
        this.scoreContacts = scores.get(Criterion.CONTACTS);
        this.scoreResult = scores.get(Criterion.RESULT);
        this.scoreAttitude = scores.get(Criterion.ATTITUDE);
        this.satisfied = scores.values().stream().allMatch(score -> score >= 2);
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public boolean satisfied() {
        return satisfied;
    }

    public Map<Criterion, Integer> scores() {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        scores.put(Criterion.TIME, scoreTime);
        scores.put(Criterion.CONTACTS, scoreContacts);
        scores.put(Criterion.RESULT, scoreResult);
        scores.put(Criterion.ATTITUDE, scoreAttitude);
        return scores;
    }

    public String comment() {
        return comment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }
}
