package vn.motcua.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The holidays, compensatory days and swaps that the government actually announced, loaded from
 * {@code calendar/official-days.yaml}. Once any decision names a year, that year is "official" and
 * the Labour Code estimate is not used for it at all: a single source per year avoids mixing an
 * estimated Tết span with an announced swap.
 *
 * <p>Immutable and thread-safe.
 */
public final class OfficialSchedule {

    /** Classpath location of the data file shipped with the application. */
    public static final String BUNDLED_RESOURCE = "/calendar/official-days.yaml";

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("decisions");
    private static final Set<String> DECISION_KEYS = Set.of("year", "source", "days");
    private static final Set<String> DAY_KEYS = Set.of("date", "kind", "name");
    private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final Map<LocalDate, SpecialDay> days;
    private final SortedSet<Integer> years;

    private OfficialSchedule(Map<LocalDate, SpecialDay> days, SortedSet<Integer> years) {
        this.days = Collections.unmodifiableMap(new TreeMap<>(days));
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
    }

    /** No official decisions: every year is estimated from the Labour Code. */
    public static OfficialSchedule empty() {
        return new OfficialSchedule(Map.of(), new TreeSet<>());
    }

    /** The data file shipped in the jar. */
    public static OfficialSchedule bundled() {
        try (InputStream in = OfficialSchedule.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Không tìm thấy tệp lịch nghỉ chính thức " + BUNDLED_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and validates a YAML file in the documented format.
     *
     * @throws IllegalArgumentException naming the offending entry when the file is malformed
     */
    public static OfficialSchedule load(InputStream in) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("Tệp lịch nghỉ chính thức không phải YAML hợp lệ: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("decisions").isArray()) {
            throw new IllegalArgumentException("Tệp lịch nghỉ chính thức phải có danh sách 'decisions'");
        }
        rejectUnknownKeys(root, TOP_LEVEL_KEYS, "Tệp lịch nghỉ chính thức");
        Map<LocalDate, SpecialDay> days = new TreeMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        int position = 0;
        for (JsonNode decision : root.get("decisions")) {
            position++;
            readDecision(decision, position, days, years);
        }
        return new OfficialSchedule(days, years);
    }

    /** True when at least one official decision covers {@code year}. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    public SortedSet<Integer> coveredYears() {
        return years;
    }

    public Optional<SpecialDay> find(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** The announced days of one year, in date order. */
    public List<SpecialDay> days(int year) {
        return days.values().stream().filter(d -> d.date().getYear() == year).toList();
    }

    // ---------------------------------------------------------------------------------------------

    private static void readDecision(JsonNode decision, int position, Map<LocalDate, SpecialDay> days,
                                     Set<Integer> years) {
        String where = "Quyết định thứ " + position + " trong tệp lịch nghỉ chính thức";
        if (!decision.isObject()) {
            throw new IllegalArgumentException(where + " phải là một mục có 'year', 'source' và 'days'");
        }
        rejectUnknownKeys(decision, DECISION_KEYS, where);
        JsonNode yearNode = decision.get("year");
        if (yearNode == null || !yearNode.canConvertToInt() || !yearNode.isIntegralNumber()) {
            throw new IllegalArgumentException(where + " thiếu năm ('year') hoặc năm không phải số nguyên");
        }
        int year = yearNode.intValue();
        String source = text(decision, "source");
        if (source == null) {
            throw new IllegalArgumentException(where + " (năm " + year
                    + ") thiếu nguồn ('source'): số hiệu văn bản là bắt buộc");
        }
        where = where + " (năm " + year + ", " + source + ")";
        JsonNode dayNodes = decision.get("days");
        if (dayNodes == null || !dayNodes.isArray() || dayNodes.isEmpty()) {
            throw new IllegalArgumentException(where + " không có ngày nào trong 'days'");
        }
        int dayPosition = 0;
        for (JsonNode dayNode : dayNodes) {
            dayPosition++;
            SpecialDay day = readDay(dayNode, year, source, where + ", mục ngày thứ " + dayPosition);
            SpecialDay previous = days.putIfAbsent(day.date(), day);
            if (previous != null) {
                throw new IllegalArgumentException(where + ": ngày " + day.date() + " (" + day.kind() + ", \""
                        + day.name() + "\") bị trùng với mục đã có \"" + previous.name() + "\" theo "
                        + previous.source());
            }
        }
        years.add(year);
    }

    private static SpecialDay readDay(JsonNode node, int year, String source, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " phải có dạng { date, kind, name }");
        }
        rejectUnknownKeys(node, DAY_KEYS, where);
        String dateText = text(node, "date");
        String kindText = text(node, "kind");
        String name = text(node, "name");
        String entry = where + " (" + dateText + ", " + kindText + ", \"" + name + "\")";
        if (dateText == null) {
            throw new IllegalArgumentException(entry + " thiếu ngày ('date')");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(entry + ": ngày '" + dateText + "' không đúng dạng YYYY-MM-DD", e);
        }
        if (date.getYear() != year) {
            throw new IllegalArgumentException(entry + ": ngày " + date + " không thuộc năm " + year
                    + " của quyết định");
        }
        DayKind kind = parseKind(kindText, entry);
        if (name == null) {
            throw new IllegalArgumentException(entry + " thiếu tên ngày ('name')");
        }
        boolean weekend = WEEKEND.contains(date.getDayOfWeek());
        if (kind == DayKind.MAKEUP_WORKDAY && !weekend) {
            throw new IllegalArgumentException(entry + ": ngày làm bù (MAKEUP_WORKDAY) phải là thứ Bảy hoặc Chủ nhật, "
                    + "nhưng " + date + " là ngày làm việc trong tuần");
        }
        if ((kind == DayKind.SWAPPED_OFF || kind == DayKind.COMPENSATORY) && weekend) {
            throw new IllegalArgumentException(entry + ": ngày " + kind + " phải là ngày làm việc trong tuần, "
                    + "nhưng " + date + " là ngày nghỉ hằng tuần");
        }
        return new SpecialDay(date, kind, name, source);
    }

    private static DayKind parseKind(String kindText, String entry) {
        if (kindText == null) {
            throw new IllegalArgumentException(entry + " thiếu loại ngày ('kind')");
        }
        try {
            return DayKind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(DayKind.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw new IllegalArgumentException(entry + ": loại ngày '" + kindText + "' không hợp lệ (chỉ nhận "
                    + allowed + ")", e);
        }
    }

    /** Non-blank text of a field, or null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static void rejectUnknownKeys(JsonNode node, Set<String> allowed, String where) {
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(where + " có khóa không được hỗ trợ: " + unknown);
        }
    }
}
