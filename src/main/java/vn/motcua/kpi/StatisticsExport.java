package vn.motcua.kpi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The statistics table as the form's spreadsheet (XLSX) and as CSV, with the form's numbered columns. */
@Component
public class StatisticsExport {

    private static final String FORM = StatisticsTable.FORM;
    static final String TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC";
    /**
     * Column headings, numbered (1)…(15): (1)–(13) in the order the form prints them (tiếp nhận: tổng số,
     * trực tuyến, trực tiếp và dịch vụ bưu chính, từ kỳ trước; …), (14) and (15) are our additions after it.
     */
    static final List<String> COLUMNS = List.of("STT", "Lĩnh vực", "Tổng số hồ sơ tiếp nhận",
            "Trong kỳ: trực tuyến", "Trong kỳ: trực tiếp, dịch vụ bưu chính", "Từ kỳ trước",
            "Đã giải quyết: tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Đang giải quyết: tổng số",
            "Trong hạn", "Quá hạn", "Trong số đang giải quyết: tạm dừng", "Dừng giải quyết, hủy");

    public String csv(StatisticsTable.Table table) {
        StringBuilder csv = new StringBuilder("\uFEFF"); // BOM: spreadsheet programs then read UTF-8 Vietnamese
        csv.append(quote(FORM)).append('\n').append(quote(TITLE)).append('\n')
                .append(quote("Kỳ báo cáo: " + table.period().label())).append('\n');
        csv.append(String.join(",", COLUMNS.stream().map(StatisticsExport::quote).toList())).append('\n');
        List<List<String>> rows = rows(table);
        rows.forEach(row -> csv.append(String.join(",", row.stream().map(StatisticsExport::quote).toList())).append('\n'));
        return csv.toString();
    }

    public byte[] xlsx(StatisticsTable.Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Biểu II.06a");
            CellStyle bold = style(workbook, true);
            CellStyle plain = style(workbook, false);
            sheet.createRow(0).createCell(0).setCellValue(FORM);
            Row title = sheet.createRow(1);
            title.createCell(0).setCellValue(TITLE);
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(2).createCell(0).setCellValue("Kỳ báo cáo: " + table.period().label()
                    + " (từ ngày " + table.period().from() + " đến ngày " + table.period().to() + ")");
            sheet.createRow(3).createCell(0).setCellValue("Đơn vị tính: Số hồ sơ TTHC");
            Row groups = sheet.createRow(4);
            header(groups, 2, "Tiếp nhận", bold);
            header(groups, 6, "Số lượng hồ sơ đã giải quyết", bold);
            header(groups, 10, "Số lượng hồ sơ đang giải quyết", bold);
            header(groups, 13, "Bổ sung (ngoài biểu)", bold);
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 2, 5));
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 6, 9));
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 10, 12));
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 13, 14));
            Row headings = sheet.createRow(5);
            Row numbers = sheet.createRow(6);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header(headings, i, COLUMNS.get(i), bold);
                header(numbers, i, "(" + (i + 1) + ")", bold);
            }
            int r = 7;
            for (List<String> values : rows(table)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    if (i >= 2 && !values.get(i).isEmpty()) {
                        row.createCell(i).setCellValue(Long.parseLong(values.get(i)));
                    } else {
                        row.createCell(i).setCellValue(values.get(i));
                    }
                    row.getCell(i).setCellStyle(values.get(1).equals("Tổng cộng") ? bold : plain);
                }
            }
            sheet.setColumnWidth(1, 30 * 256);
            for (int i = 2; i < COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> rows(StatisticsTable.Table table) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (StatisticsTable.Line line : table.lines()) {
            rows.add(values(String.valueOf(number++), line.field() == null || line.field().isEmpty()
                    ? "Chưa xác định lĩnh vực" : line.field(), line));
        }
        rows.add(values("", "Tổng cộng", table.total()));
        return rows;
    }

    private static List<String> values(String number, String field, StatisticsTable.Line line) {
        return List.of(number, field, s(line.received()), s(line.newOnline()), s(line.newCounterOrPost()),
                s(line.carriedOver()), s(line.resolved()), s(line.resolvedEarly()), s(line.resolvedOnTime()),
                s(line.resolvedLate()), s(line.inProgress()), s(line.inProgressNotDue()), s(line.inProgressOverdue()),
                s(line.paused()), s(line.withdrawnOrCancelled()));
    }

    private static String s(long value) {
        return String.valueOf(value);
    }

    private static void header(Row row, int column, String text, CellStyle style) {
        row.createCell(column).setCellValue(text);
        row.getCell(column).setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setBold(bold);
        style.setFont(font);
        style.setWrapText(true);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
