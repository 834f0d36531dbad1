package vn.motcua.iso;

/** What a deployed process is to the quality system. */
public enum ProcessKind {
    /** An administrative procedure of the one-stop shop (model declares {@code procedure.code}). */
    PROCEDURE("Thủ tục hành chính"),
    /** An internal process of the commune (model declares {@code iso.code}). */
    INTERNAL("Quy trình nội bộ"),
    /** A model without its own code, such as the dossier frame every procedure runs in. */
    FRAME("Quy trình khung");

    private final String label;

    ProcessKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
