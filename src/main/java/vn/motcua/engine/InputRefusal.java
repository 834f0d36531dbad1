package vn.motcua.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A refusal of what a user entered, raised from a listener bean: the engine's REST API (and so Tasklist)
 * answers 400 with the message only for form-validation exceptions; any other engine exception is a 500.
 */
public final class InputRefusal {

    private InputRefusal() {
    }

    public static RuntimeException of(String message) {
        return new FormFieldValidationException(message, message);
    }

    public static RuntimeException of(String message, Throwable cause) {
        return new FormFieldValidationException(message, message, cause);
    }
}
