package vn.motcua.iso;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The audit trail as one CSV table in time order, for auditors who work in a spreadsheet. UTF-8 with a
 * byte-order mark, so spreadsheet programs read the diacritics right.
 */
final class AuditTrailCsv {

    private static final String HEADER = "Thời điểm,Loại,Người thực hiện,Nội dung,Chi tiết,Đơn vị,Thời gian định mức,"
            + "Hạn xử lý,Kết thúc,Số phút xử lý,Đúng định mức";

    private final IsoFormat format;

    AuditTrailCsv(IsoFormat format) {
        this.format = format;
    }

    String write(AuditTrail trail) {
        List<Row> rows = new ArrayList<>();
        trail.steps().forEach(step -> rows.add(new Row(step.startedAt(), "Bước xử lý", step.actor(), step.name(),
                step.process() + " v" + step.processVersion() + (step.outcome() == null ? "" : " – " + step.outcome()),
                step.unit(), step.budget(), format.dateTime(step.dueAt()), format.dateTime(step.endedAt()),
                Long.toString(step.minutes()),
                step.withinBudget() == null ? "" : step.withinBudget() ? "Đúng" : "Vượt")));
        trail.changes().forEach(change -> rows.add(new Row(change.at(), "Thay đổi dữ liệu", change.actor(),
                change.variable() + " = " + change.value(), change.step() == null ? change.process() : change.step(),
                null, null, null, null, null, null)));
        trail.events().forEach(event -> rows.add(new Row(event.at(), "Sự kiện hồ sơ", event.actor(), event.type(),
                event.detail(), null, null, null, null, null, null)));
        trail.pauses().forEach(pause -> rows.add(new Row(pause.pausedAt(), "Tạm dừng", pause.by(), pause.reason(),
                pause.note(), null, null, null, pause.resumedAt() == null ? "Đang tạm dừng"
                        : "Tiếp tục " + format.dateTime(pause.resumedAt()), null, null)));
        rows.sort(Comparator.comparing(Row::at));
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (Row row : rows) {
            csv.append(String.join(",", List.of(cell(format.dateTime(row.at())), cell(row.kind()), cell(row.actor()),
                    cell(row.what()), cell(row.detail()), cell(row.unit()), cell(row.budget()), cell(row.due()),
                    cell(row.ended()), cell(row.minutes()), cell(row.within())))).append("\r\n");
        }
        return csv.toString();
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never runs a value. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private record Row(Instant at, String kind, String actor, String what, String detail, String unit, String budget,
            String due, String ended, String minutes, String within) {
    }
}
