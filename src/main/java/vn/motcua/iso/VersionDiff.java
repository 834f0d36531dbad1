package vn.motcua.iso;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.motcua.web.InvalidRequestException;

/**
 * What changed between two versions of a procedure. Steps are matched by activity id, so a renamed
 * step is a rename, not a removal plus an addition; budgets and units are compared as the model writes them.
 */
@Component
public class VersionDiff {

    private final ProcessModels models;

    public VersionDiff(ProcessModels models) {
        this.models = models;
    }

    public List<VersionChange> between(String fromDefinitionId, String toDefinitionId) {
        ProcessDocument from = models.document(fromDefinitionId);
        ProcessDocument to = models.document(toDefinitionId);
        if (!from.key().equals(to.key())) {
            throw new InvalidRequestException("Chỉ so sánh được hai phiên bản của cùng một quy trình ("
                    + from.key() + " khác " + to.key() + ")");
        }
        return between(from, to);
    }

    static List<VersionChange> between(ProcessDocument from, ProcessDocument to) {
        List<VersionChange> changes = new ArrayList<>();
        Map<String, ProcessStep> before = byId(from.steps());
        Map<String, ProcessStep> after = byId(to.steps());
        for (ProcessStep old : from.steps()) {
            ProcessStep now = after.get(old.id());
            if (now == null) {
                changes.add(new VersionChange(ChangeType.STEP_REMOVED, old.id(), old.name(), old.name(), null));
                continue;
            }
            compare(changes, ChangeType.STEP_RENAMED, now, old.name(), now.name());
            compare(changes, ChangeType.UNIT_CHANGED, now, String.join(", ", old.units()), String.join(", ", now.units()));
            compare(changes, ChangeType.BUDGET_CHANGED, now, old.budgetText(), now.budgetText());
            compare(changes, ChangeType.FORM_CHANGED, now, old.form(), now.form());
            compare(changes, ChangeType.RECORD_CHANGED, now, blankToNull(old.record()), blankToNull(now.record()));
        }
        for (ProcessStep added : to.steps()) {
            if (!before.containsKey(added.id())) {
                changes.add(new VersionChange(ChangeType.STEP_ADDED, added.id(), added.name(), null, added.name()));
            }
        }
        Set<String> names = new LinkedHashSet<>(from.properties().keySet());
        names.addAll(to.properties().keySet());
        for (String name : names) {
            String old = joined(from.property(name));
            String now = joined(to.property(name));
            if (!Objects.equals(old, now)) {
                changes.add(new VersionChange(ChangeType.PROPERTY_CHANGED, name, null, old, now));
            }
        }
        return List.copyOf(changes);
    }

    private static void compare(List<VersionChange> changes, ChangeType type, ProcessStep step, String old, String now) {
        if (!Objects.equals(old, now)) {
            changes.add(new VersionChange(type, step.id(), step.name(), old, now));
        }
    }

    private static Map<String, ProcessStep> byId(List<ProcessStep> steps) {
        return steps.stream().collect(Collectors.toMap(ProcessStep::id, Function.identity()));
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
