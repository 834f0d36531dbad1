package vn.motcua.web;

/** Something the caller named does not exist; answered with 404 and this (Vietnamese) message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
