package vn.motcua.web;

/** Bad input from a caller; the message is shown to the user, so it is in Vietnamese. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
