package vn.motcua.dossier;

/** What the processing decided: the requested result, or a reasoned refusal signed by the leader. */
public enum Outcome {
    GRANTED("Giải quyết theo đề nghị"),
    REFUSED("Từ chối giải quyết, có văn bản nêu rõ lý do");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
