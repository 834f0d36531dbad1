package vn.motcua.web;

/** The request clashes with the current state; answered with 409 and this (Vietnamese) message. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
