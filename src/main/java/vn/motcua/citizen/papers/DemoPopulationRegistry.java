package vn.motcua.citizen.papers;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.Applicant;

/**
 * Demo stand-in for the population database: a personal ID number is "verified" when it is well
 * formed: 12 digits, a province code 001–096 and a century-and-sex digit 0–9. It knows no one; it only
 * lets the demo show the electronically-verified mark. Replace with a real adapter in production.
 */
@Component
class DemoPopulationRegistry implements PopulationRegistry {

    static final String SOURCE = "CSDLQG về dân cư (mô phỏng)";

    @Override
    public Check verify(Applicant applicant) {
        if (applicant.kind() != Applicant.Kind.CITIZEN || applicant.idNumber() == null) {
            return new Check(false, SOURCE, "Tổ chức: xác thực qua mã số thuế chưa được hỗ trợ");
        }
        String id = applicant.idNumber();
        int province = id.matches("[0-9]{12}") ? Integer.parseInt(id.substring(0, 3)) : 0;
        boolean wellFormed = province >= 1 && province <= 96;
        return new Check(wellFormed, SOURCE, wellFormed ? "Số định danh cá nhân khớp dữ liệu dân cư"
                : "Số định danh cá nhân không hợp lệ");
    }
}
