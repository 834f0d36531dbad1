package vn.motcua.citizen.lookup;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A name as the public lookup shows it: the first letter of each word, e.g. "Nguyễn Văn An" →
 * "N*** V*** A***". Enough for the applicant to recognise the dossier, not enough to learn who filed it;
 * the fixed number of stars hides the length of each word.
 */
final class NameMask {

    private NameMask() {
    }

    static String mask(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        return Arrays.stream(fullName.strip().split("\\s+"))
                .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)) + "***")
                .collect(Collectors.joining(" "));
    }
}
