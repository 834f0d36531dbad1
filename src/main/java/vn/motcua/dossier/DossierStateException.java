package vn.motcua.dossier;

import vn.motcua.web.ConflictException;

/** An action that the dossier's current status does not allow; answered with 409 and this message. */
public class DossierStateException extends ConflictException {

    public DossierStateException(String message) {
        super(message);
    }
}
