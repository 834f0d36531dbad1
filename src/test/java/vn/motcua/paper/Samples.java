package vn.motcua.paper;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import vn.motcua.calendar.deadline.Timeliness;

/** Realistic papers of one dossier at the Sơn Trung centre (Hà Tĩnh). */
final class Samples {

    static final String CODE = "H30.45.12-261126-0007";
    static final String NAME = "Nguyễn Thị Hồng Nhung";
    static final URI LOOKUP = URI.create("https://motcua.example.vn/tra-cuu?ma=" + CODE);

    static final Issuer CENTRE = new Issuer(
            "UBND xã Sơn Trung", "Trung tâm Phục vụ hành chính công", "TTPVHCC", "Sơn Trung");
    static final Issuer COMMUNE = new Issuer(null, "Ủy ban nhân dân xã Sơn Trung", "UBND", "Sơn Trung");

    static final Applicant APPLICANT = new Applicant(NAME, "042190001234",
            "Thôn Trung Lưu, xã Sơn Trung, tỉnh Hà Tĩnh", "0912 345 678", "nhung.nth@example.vn");

    /** 08:30 in Vietnam, given in UTC as a server in UTC would hold it. */
    static final ZonedDateTime RECEIVED = ZonedDateTime.parse("2026-11-26T01:30:00Z");
    static final ZonedDateTime APPOINTMENT = ZonedDateTime.parse("2026-12-01T08:30:00+07:00");

    private Samples() {
    }

    static Receipt receipt(Applicant applicant) {
        return new Receipt(
                new Letterhead(CENTRE, "125", LocalDate.of(2026, 11, 26)),
                CODE,
                applicant,
                new Proxy(new Applicant("Trần Văn Đức", "042088004321", "Thôn Trung Lưu, xã Sơn Trung, tỉnh Hà Tĩnh",
                        "0987 654 321", null), "Giấy ủy quyền ngày 20/11/2026"),
                "Đăng ký khai sinh",
                List.of(new PaperComponent("Tờ khai đăng ký khai sinh", 1, 0),
                        new PaperComponent("Giấy chứng sinh", 1, 0),
                        new PaperComponent("Văn bản ủy quyền", 0, 1)),
                1,
                "03 ngày làm việc",
                RECEIVED,
                APPOINTMENT,
                "Trung tâm Phục vụ hành chính công xã Sơn Trung",
                new LedgerReference("01", 125),
                "Nguyễn Thị Lan",
                LOOKUP);
    }

    static Receipt receipt() {
        return receipt(APPLICANT);
    }

    static SupplementRequest supplementRequest() {
        return new SupplementRequest(
                new Letterhead(CENTRE, "18", LocalDate.of(2026, 11, 26)),
                null,
                APPLICANT,
                "Đăng ký kết hôn",
                List.of("Bổ sung Giấy xác nhận tình trạng hôn nhân của bên nam",
                        "Tờ khai đăng ký kết hôn ghi thiếu ngày, tháng, năm sinh của bên nữ"),
                "Hồ sơ chưa đủ thành phần theo quy định",
                "Nguyễn Thị Lan",
                "0239 3855 123");
    }

    static Refusal refusal() {
        return new Refusal(
                new Letterhead(CENTRE, "04", LocalDate.of(2026, 2, 3)),
                null,
                APPLICANT,
                "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
                "Thủ tục thuộc thẩm quyền giải quyết của Văn phòng đăng ký đất đai tỉnh, không thuộc thẩm quyền của xã",
                "Nguyễn Thị Lan");
    }

    static Apology apology() {
        return new Apology(
                new Letterhead(COMMUNE, "07", LocalDate.of(2026, 11, 30)),
                CODE,
                APPLICANT,
                "Đăng ký khai sinh",
                "Trung tâm Phục vụ hành chính công xã Sơn Trung",
                RECEIVED,
                APPOINTMENT,
                "Cần xác minh thông tin nơi sinh tại cơ sở y tế",
                ZonedDateTime.parse("2026-12-04T14:00:00+07:00"),
                new Signatory("CHỦ TỊCH", "Đặng Văn Bình"));
    }

    static StopNotice stopNotice() {
        return new StopNotice(
                new Letterhead(CENTRE, "02", LocalDate.of(2026, 11, 27)),
                CODE,
                APPLICANT,
                "Đăng ký khai sinh",
                RECEIVED,
                ZonedDateTime.parse("2026-11-27T09:15:00+07:00"),
                "Gia đình chuyển sang đăng ký khai sinh tại nơi cư trú của người cha",
                new Signatory("GIÁM ĐỐC", "Bùi Thị Thu"));
    }

    static ControlSlip controlSlip() {
        return new ControlSlip(
                new Letterhead(CENTRE, "125", LocalDate.of(2026, 11, 26)),
                CODE,
                "Công chức Tư pháp – Hộ tịch",
                null,
                RECEIVED,
                APPOINTMENT,
                List.of(new Handover("Trung tâm Phục vụ hành chính công", "Công chức Tư pháp – Hộ tịch",
                                ZonedDateTime.parse("2026-11-26T09:00:00+07:00"), Timeliness.EARLY, null),
                        new Handover("Công chức Tư pháp – Hộ tịch", "Lãnh đạo UBND xã",
                                ZonedDateTime.parse("2026-11-27T15:10:00+07:00"), Timeliness.ON_TIME, "Trình ký"),
                        new Handover("Lãnh đạo UBND xã", "Trung tâm Phục vụ hành chính công",
                                ZonedDateTime.parse("2026-12-01T10:00:00+07:00"), Timeliness.LATE,
                                "Chậm do chờ xác minh"),
                        new Handover("Trung tâm Phục vụ hành chính công", "Văn thư UBND xã",
                                ZonedDateTime.parse("2026-12-01T10:20:00+07:00"), null, null)));
    }

    static Ledger ledger() {
        return new Ledger(
                new Letterhead(CENTRE, null, LocalDate.of(2026, 12, 1)),
                "Hộ tịch",
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                List.of(new LedgerRow(CODE, "Đăng ký khai sinh", NAME,
                                "Thôn Trung Lưu, xã Sơn Trung; 0912 345 678", "UBND xã Sơn Trung",
                                RECEIVED, APPOINTMENT, ZonedDateTime.parse("2026-11-30T15:45:00+07:00"), "Trực tiếp"),
                        new LedgerRow("H30.45.12-261127-0002", "Đăng ký kết hôn", "Lê Văn Thắng",
                                "Thôn Đông Hà, xã Sơn Trung; 0905 111 222", "UBND xã Sơn Trung",
                                ZonedDateTime.parse("2026-11-27T14:05:00+07:00"),
                                ZonedDateTime.parse("2026-12-02T14:05:00+07:00"), null, "Bưu chính")));
    }
}
