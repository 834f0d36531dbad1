package vn.motcua.iso;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.web.NotFoundException;

/** The register of procedures and internal processes, and each one's revision history. */
@Component
public class IsoRegister {

    private final ProcessModels models;

    public IsoRegister(ProcessModels models) {
        this.models = models;
    }

    public List<RegisterEntry> entries() {
        return models.latestVersions().stream()
                .map(models::document)
                .map(RegisterEntry::of)
                .sorted(Comparator.comparing(RegisterEntry::kind).thenComparing(RegisterEntry::code))
                .toList();
    }

    /** Every version of the process, oldest first. */
    public List<Revision> revisions(String key) {
        List<Revision> revisions = models.versions(key).stream().map(models::document).map(Revision::of).toList();
        if (revisions.isEmpty()) {
            throw new NotFoundException("Không tìm thấy quy trình " + key);
        }
        return revisions;
    }
}
