package vn.motcua.iso;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import vn.motcua.paper.VietnameseDates;

/** How the ISO documents write dates and name the model's properties, in Vietnamese. */
public final class IsoFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Vietnamese names of the properties models declare; an unknown one is shown by its own name. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("procedure.code", "Mã thủ tục"),
            Map.entry("procedure.name", "Tên thủ tục"),
            Map.entry("procedure.field", "Lĩnh vực"),
            Map.entry("procedure.legalBasis", "Căn cứ pháp lý"),
            Map.entry("procedure.timeLimit", "Thời hạn giải quyết"),
            Map.entry("procedure.caseTimeLimit", "Thời hạn theo trường hợp"),
            Map.entry("procedure.fee", "Phí, lệ phí"),
            Map.entry("procedure.paper", "Thành phần hồ sơ"),
            Map.entry("procedure.reusablePaper", "Giấy tờ được khai thác lại, không yêu cầu nộp"),
            Map.entry("procedure.result", "Kết quả giải quyết"),
            Map.entry("procedure.unit", "Đơn vị chủ trì"),
            Map.entry("procedure.onlineService", "Dịch vụ công trực tuyến"),
            Map.entry("procedure.interAgency", "Liên thông"),
            Map.entry("procedure.retention", "Thời hạn lưu hồ sơ"),
            Map.entry("iso.code", "Mã quy trình"),
            Map.entry("iso.name", "Tên quy trình"),
            Map.entry("iso.owner", "Đơn vị chủ trì"),
            Map.entry("iso.legalBasis", "Căn cứ pháp lý"),
            Map.entry("iso.clause", "Điều khoản TCVN ISO 9001:2015"),
            Map.entry("iso.retention", "Thời hạn lưu hồ sơ"));

    private final ZoneId zone;

    public IsoFormat(ZoneId zone) {
        this.zone = zone;
    }

    public String dateTime(Instant at) {
        return at == null ? "" : VietnameseDates.SHORT.format(at.atZone(zone));
    }

    public String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(zone));
    }

    public String label(String property) {
        return LABELS.getOrDefault(property, property);
    }
}
