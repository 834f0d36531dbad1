package vn.motcua.paper;

/**
 * The seven forms of Phụ lục I, Thông tư số 03/2025/TT-VPCP (15/09/2025, guiding Nghị định số
 * 118/2025/NĐ-CP, in force since 01/07/2025), with the suffix each form's document number carries.
 *
 * <p>Dossiers received before 01/07/2025 were handled under Nghị định 61/2018 and Thông tư
 * 01/2018/TT-VPCP, whose forms were numbered 01–06: 01–03 as now, 04 "Phiếu xin lỗi và hẹn lại ngày
 * trả kết quả", 05 Phiếu kiểm soát, 06 Sổ theo dõi; there was no stop notice. Those old papers are
 * not rendered here, but a "Mẫu 05" or "Mẫu 06" in an older document means the control slip or the
 * ledger.
 *
 * <p>Suffixes TNHS, PBS, PTC, PXL, PKS and STD are the ones seen in use (see docs/papers.md). No
 * source gave one for the stop notice, which is new in TT 03/2025: TBD (thông báo dừng) is our choice.
 */
public enum OfficialForm {
    RECEIPT("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "TNHS", "01-receipt"),
    SUPPLEMENT_REQUEST("02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "PBS", "02-supplement-request"),
    REFUSAL("03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "PTC", "03-refusal"),
    APOLOGY("04", "Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết", "PXL", "04-apology"),
    STOP_NOTICE("05", "Thông báo dừng giải quyết hồ sơ", "TBD", "05-stop-notice"),
    CONTROL_SLIP("06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "PKS", "06-control-slip"),
    LEDGER("07", "Sổ theo dõi hồ sơ", "STD", "07-ledger");

    /** The circular whose Phụ lục I holds these forms. */
    public static final String RULE_SET = "Thông tư số 03/2025/TT-VPCP";

    private final String number;
    private final String title;
    private final String numberSuffix;
    private final String template;

    OfficialForm(String number, String title, String numberSuffix, String template) {
        this.number = number;
        this.title = title;
        this.numberSuffix = numberSuffix;
        this.template = template;
    }

    /** "01" … "07", as in "Mẫu số 01". */
    public String number() {
        return number;
    }

    /** The title as the circular names the form, in sentence case; papers print it in capitals. */
    public String title() {
        return title;
    }

    /** What follows the slash in the document number: "Số: 125/TNHS-TTPVHCC". */
    public String numberSuffix() {
        return numberSuffix;
    }

    /** "Mẫu số 01, Phụ lục I, Thông tư số 03/2025/TT-VPCP". */
    public String legalSource() {
        return "Mẫu số " + number + ", Phụ lục I, " + RULE_SET;
    }

    /** Template name under {@code paper/} on the classpath. */
    String template() {
        return template;
    }
}
