package vn.motcua.dossier;

import java.util.Optional;

/**
 * A dossier by its code. Every listener of a dossier change looks the dossier up by code in the same
 * transaction; as a natural-id lookup this costs one select per transaction instead of one per listener.
 */
public interface DossierByCode {

    Optional<Dossier> findByCode(String code);
}
