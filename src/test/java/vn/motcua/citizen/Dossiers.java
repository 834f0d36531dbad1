package vn.motcua.citizen;

import java.util.List;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.IntakeRequest;

/** Intake requests for the citizen tests. */
public final class Dossiers {

    public static final String BIRTH = "1.001193";

    private Dossiers() {
    }

    public static IntakeRequest citizen(String name, String idNumber, String phone, String email, Channel channel) {
        return new IntakeRequest(BIRTH, channel, null, new IntakeRequest.ApplicantData(Applicant.Kind.CITIZEN, name,
                idNumber, null, phone, email, "Thôn Đông, xã Sơn Trung"),
                List.of(new IntakeRequest.PaperData("Tờ khai đăng ký khai sinh", 1, 0),
                        new IntakeRequest.PaperData("Giấy chứng sinh", 1, 0)));
    }
}
