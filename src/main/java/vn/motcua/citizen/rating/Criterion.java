package vn.motcua.citizen.rating;

/**
 * What the applicant rates, each as 1 (không hài lòng), 2 (hài lòng) or 3 (rất hài lòng). The criteria
 * follow the points a citizen's assessment of a procedure's handling covers in the one-stop decree
 * (NĐ 61/2018 Art. 31, recalled — see docs/citizens.md) and feed QĐ 766 index 5.4, which counts
 * dossiers the applicant did not like.
 */
public enum Criterion {
    TIME("Thời gian giải quyết so với giấy hẹn"),
    CONTACTS("Số lần phải đi lại, liên hệ để hoàn thiện hồ sơ"),
    RESULT("Kết quả giải quyết đúng quy định"),
    ATTITUDE("Thái độ, tinh thần trách nhiệm của công chức");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
