package vn.motcua.dossier;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/** Spring Data's fragment for {@link DossierByCode} (the name must end in Impl). */
class DossierByCodeImpl implements DossierByCode {

    private final EntityManager entityManager;

    DossierByCodeImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The managed dossier if this transaction already has it; otherwise one select by the unique code. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Dossier> findByCode(String code) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Dossier.class).loadOptional(code);
    }
}
