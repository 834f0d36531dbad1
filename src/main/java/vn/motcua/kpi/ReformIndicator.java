package vn.motcua.kpi;

import java.math.BigDecimal;

/**
 * The 21 measurable targets of the commune's 2021–2030 administrative-reform master plan (Decision
 * 283/QĐ-UBND of 31/12/2021, xã Sơn Trung), as listed in shared/domain/seed-targets.md. The plan's
 * section is cited for each; formulas are in docs/kpi.md.
 */
public enum ReformIndicator {
    TTHC_ONTIME("TTHC-ONTIME", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn", "III.2.2a", Source.ENGINE,
            Target.atLeast("100", "100%"), Target.atLeast("100", "100%")),
    TTHC_SATISF("TTHC-SATISF", "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC", "III.2.2a",
            Source.ENGINE, Target.moreThan("95", "trên 95% mỗi năm"), Target.moreThan("95", "trên 95%")),
    SVC_SATISF("SVC-SATISF", "Mức độ hài lòng về sự phục vụ của cơ quan hành chính", "III.3.2", Source.ENGINE,
            Target.atLeast("95", "ít nhất 95%"), Target.atLeast("100", "100%")),
    DIGITIZED_RESULTS("DIGITIZED-RESULTS", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "III.2.2a", Source.ENGINE,
            Target.atLeast("80", "80% (từ 20% năm 2022, mỗi năm tăng 20 điểm)"), Target.atLeast("100", "100%")),
    NO_RESUBMIT("NO-RESUBMIT", "Tỷ lệ người dân không phải cung cấp lại giấy tờ đã được chấp nhận hoặc đã được chia sẻ",
            "III.2.2a/b", Source.ENGINE, Target.atLeast("85", "85%"), Target.atLeast("100", "100%")),
    E_TRANSFER("E-TRANSFER", "Tỷ lệ hồ sơ luân chuyển giữa các cơ quan trên môi trường điện tử", "III.2.2a/b",
            Source.ENGINE, Target.atLeast("85", "ít nhất 85%"), Target.atLeast("100", "100%")),
    ONLINE_INTAKE("ONLINE-INTAKE", "Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến", "III.6.2", Source.ENGINE,
            Target.moreThan("60", "trên 60%"), Target.moreThan("90", "trên 90%")),
    ONLINE_ELIGIBLE("ONLINE-ELIGIBLE", "Tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình",
            "III.6.2a", Source.ENGINE, Target.atLeast("100", "100%"), Target.atLeast("100", "100%")),
    WORKFILES_ONLINE("WORKFILES-ONLINE", "Tỷ lệ hồ sơ công việc của xã được xử lý trên môi trường mạng", "III.6.2",
            Source.REGISTER, Target.atLeast("60", "60%"), Target.atLeast("100", "100%")),
    DOCS_SIGNED("DOCS-SIGNED", "Tỷ lệ văn bản được ký số và xử lý trên môi trường mạng", "III.6.2a",
            Source.REGISTER, Target.atLeast("100", "100%"), Target.atLeast("100", "100%")),
    REPORTS_ONLINE("REPORTS-ONLINE", "Tỷ lệ báo cáo định kỳ, thống kê thực hiện trực tuyến", "III.6.2a",
            Source.ENGINE, Target.atLeast("100", "100%"), Target.atLeast("100", "100%")),
    INSPECTIONS_DIGITAL("INSPECTIONS-DIGITAL", "Tỷ lệ hoạt động kiểm tra thực hiện thông qua hệ thống số", "III.6.2",
            Source.REGISTER, Target.atLeast("65", "65%"), Target.atLeast("80", "80%")),
    ISO_PROCEDURES("ISO-PROCEDURES", "Tỷ lệ TTHC giải quyết đúng quy định và quy trình đã xác định", "III.7.2a",
            Source.ENGINE, Target.atLeast("100", "100%"), Target.atLeast("100", "100%")),
    ISO_INTERNAL_E("ISO-INTERNAL-E", "Tỷ lệ quy trình nội bộ được xây dựng và điện tử hóa", "III.7.2",
            Source.ENGINE, Target.atLeast("60", "60%"), Target.atLeast("100", "100%")),
    STAFF_DEGREE("STAFF-DEGREE", "Tỷ lệ cán bộ, công chức có trình độ đại học", "III.4.2", Source.REGISTER,
            Target.atLeast("100", "100%"), Target.atLeast("100", "100%")),
    STAFF_POLITICS("STAFF-POLITICS", "Tỷ lệ cán bộ, công chức có trình độ trung cấp lý luận chính trị", "III.4.2",
            Source.REGISTER, Target.atLeast("100", "100%"), Target.atLeast("100", "100%")),
    STAFF_TRAINED("STAFF-TRAINED", "Tỷ lệ cán bộ, công chức được đào tạo, bồi dưỡng (kể cả kỹ năng số)",
            "III.4.2, III.6.2a", Source.REGISTER, Target.atLeast("100", "100%"), Target.atLeast("100", "100%")),
    EID_USERS("EID-USERS", "Tỷ lệ người dùng dịch vụ công trực tuyến có định danh điện tử", "III.6.2a",
            Source.ENGINE, Target.atLeast("100", "100%"), Target.atLeast("100", "100%")),
    COVERAGE_4G("COVERAGE-4G", "Tỷ lệ khu dân cư được phủ sóng 4G và cáp quang", "III.6.2a", Source.REGISTER,
            Target.atLeast("100", "100%"), null),
    COVERAGE_5G("COVERAGE-5G", "Tỷ lệ diện tích được phủ sóng 5G", "III.6.2", Source.REGISTER,
            Target.atLeast("50", "50%"), Target.atLeast("98", "98%")),
    INVESTMENT("INVESTMENT", "Số dự án đầu tư thu hút được", "III.8.2", Source.REGISTER,
            Target.atLeast("1", "1–2 dự án (2021–2025)"), Target.atLeast("3", "3–4 dự án (2025–2030)"));

    private final String id;
    private final String name;
    private final String planSection;
    private final Source source;
    private final Target target2025;
    private final Target target2030;

    ReformIndicator(String id, String name, String planSection, Source source, Target target2025, Target target2030) {
        this.id = id;
        this.name = name;
        this.planSection = planSection;
        this.source = source;
        this.target2025 = target2025;
        this.target2030 = target2030;
    }

    /**
     * The target a period ending in {@code year} is measured against: the 2025 milestone up to 2025,
     * the 2030 milestone after (where the plan gives none, the 2025 one stays). Digitization rises
     * 20 points a year from 20 % in 2022 until it reaches 100 %.
     */
    public Target targetFor(int year) {
        if (this == DIGITIZED_RESULTS) {
            int percent = Math.max(20, Math.min(100, 20 + 20 * (year - 2022)));
            return new Target(">=", BigDecimal.valueOf(percent), percent + "% (lộ trình năm " + year + ")");
        }
        return year <= 2025 || target2030 == null ? target2025 : target2030;
    }

    public boolean isCount() {
        return this == INVESTMENT;
    }

    public String id() {
        return id;
    }

    public String label() {
        return name;
    }

    public String planSection() {
        return planSection;
    }

    public Source source() {
        return source;
    }

    public Target target2025() {
        return target2025;
    }

    public Target target2030() {
        return target2030;
    }

    public static java.util.Optional<ReformIndicator> byId(String id) {
        return java.util.Arrays.stream(values()).filter(indicator -> indicator.id.equals(id)).findFirst();
    }
}
