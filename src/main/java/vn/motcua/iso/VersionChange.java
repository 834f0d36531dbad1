package vn.motcua.iso;

/**
 * One difference between two versions.
 *
 * @param subject the activity id of the step, or the property name for {@link ChangeType#PROPERTY_CHANGED}
 * @param before  the old value (null when added)
 * @param after   the new value (null when removed)
 */
public record VersionChange(ChangeType type, String label, String subject, String stepName, String before, String after) {

    VersionChange(ChangeType type, String subject, String stepName, String before, String after) {
        this(type, type.label(), subject, stepName, before, after);
    }
}
