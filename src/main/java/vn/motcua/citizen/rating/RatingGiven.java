package vn.motcua.citizen.rating;

/** Published inside the rating's transaction, so the satisfaction KPIs count it with the dossier's other figures. */
public record RatingGiven(String dossierCode) {
}
