package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One component of the dossier (thành phần hồ sơ) as submitted: originals, copies, reused from earlier. */
@Entity
@Table(name = "dossier_paper")
public class DossierPaper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_no", nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    private int originals;

    private int copies;

    private boolean reused;

    protected DossierPaper() {
    }

    DossierPaper(int position, String name, int originals, int copies, boolean reused) {
        this.position = position;
        this.name = name;
        this.originals = originals;
        this.copies = copies;
        this.reused = reused;
    }

    public String name() {
        return name;
    }

    public int originals() {
        return originals;
    }

    public int copies() {
        return copies;
    }

    public boolean reused() {
        return reused;
    }

    public int position() {
        return position;
    }
}
