package vn.motcua.paper;

import java.util.Objects;

/** One paper in a dossier ("thành phần hồ sơ") with how many originals and copies were handed in. */
public record PaperComponent(String name, int originals, int copies) {

    public PaperComponent {
        Objects.requireNonNull(name, "name");
        if (originals < 0 || copies < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + originals + ", " + copies);
        }
    }
}
