package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every label the shipped webapps have in English must exist in our Vietnamese files, keep the
 * same interpolations and markup, and not be left in English by accident.
 */
class VietnameseLocaleTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
    private static final Pattern TAG = Pattern.compile(
            "</?(a|b|i|u|em|strong|br|p|span|div|code|pre|ul|ol|li|small|h[1-6])\\b[^>]*>");
    private static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
            Pattern.CASE_INSENSITIVE);
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishKeyHasAVietnameseCounterpart(String app) throws IOException {
        Map<String, String> english = flatten(read(app, "en"));
        Map<String, String> vietnamese = flatten(read(app, "vi"));

        assertThat(vietnamese.keySet()).containsAll(english.keySet());
        for (Map.Entry<String, String> entry : english.entrySet()) {
            String key = entry.getKey();
            String vi = vietnamese.get(key);
            if (!entry.getValue().isBlank()) {
                assertThat(vi).as(key).isNotEmpty();
            }
            assertThat(matches(PLACEHOLDER, vi)).as("interpolations of %s", key)
                    .isEqualTo(matches(PLACEHOLDER, entry.getValue()));
            assertThat(matches(TAG, vi)).as("markup of %s", key).isEqualTo(matches(TAG, entry.getValue()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void labelsAreActuallyVietnamese(String app) throws IOException {
        Map<String, String> english = flatten(read(app, "en"));
        Map<String, String> vietnamese = flatten(read(app, "vi"));
        long sentences = english.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("labels.") && entry.getValue().split(" ").length >= 3)
                .count();
        long translated = english.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("labels.") && entry.getValue().split(" ").length >= 3)
                .filter(entry -> VIETNAMESE.matcher(vietnamese.get(entry.getKey())).find())
                .count();
        assertThat(translated).as("labels of three or more words with Vietnamese diacritics").isEqualTo(sentences);
        if (english.containsKey("dateLocales.relativeTime.past")) {
            assertThat(vietnamese.get("dateLocales.relativeTime.past")).isEqualTo("%s trước");
            assertThat(vietnamese.get("dateLocales.months[0]")).isEqualTo("tháng 1");
            assertThat(vietnamese.get("dateLocales.weekdays[1]")).isEqualTo("thứ hai");
        }
    }

    private JsonNode read(String app, String locale) throws IOException {
        List<URL> candidates = Collections.list(getClass().getClassLoader()
                .getResources(LOCALES.formatted(app, locale)));
        assertThat(candidates).as("%s %s", app, locale).isNotEmpty();
        try (InputStream in = candidates.get(0).openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), flat);
            }
        } else {
            flat.put(prefix, node.asText());
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        Collections.sort(found);
        return found;
    }
}
