package vn.motcua.citizen.notification;

/**
 * A message for the applicant with the link it may carry (the one-time rating link). The SMS is kept to
 * {@link #SMS_LIMIT} characters, as the gateway bills per segment, by shortening the message, never the link:
 * a cut link opens nothing.
 *
 * @param message what happened, complete in the e-mail
 * @param link    an address the applicant should open; null when there is none
 */
record ShortMessage(String message, String link) {

    static final int SMS_LIMIT = 300;
    static final String RATING_LEAD = "Xin mời Ông/Bà đánh giá mức độ hài lòng tại: ";
    private static final String CUT = "…";

    /** The whole message, as the e-mail carries it. */
    String full() {
        return message + tail();
    }

    String sms() {
        String tail = tail();
        int room = SMS_LIMIT - tail.length();
        if (message.length() <= room) {
            return message + tail;
        }
        // Cut at a word boundary, so no word is left half-written.
        String head = message.substring(0, Math.max(0, room - CUT.length()));
        int space = head.lastIndexOf(' ');
        return (space > 0 ? head.substring(0, space) : head) + CUT + tail;
    }

    private String tail() {
        return link == null ? "" : " " + RATING_LEAD + link + ".";
    }
}
