package vn.motcua.dossier;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A dossier handed in over the API (the public-service portal, or the desk's own tools). */
public record IntakeRequest(
        @NotBlank(message = "chưa nhập mã thủ tục") @Pattern(regexp = "[0-9]\\.[0-9]{6}(\\.[A-Z0-9.]+)?",
                message = "mã thủ tục phải có dạng N.NNNNNN") String procedureCode,
        @NotNull(message = "chưa chọn kênh nộp hồ sơ") Channel channel,
        @Size(max = 100, message = "mã tham chiếu tối đa 100 ký tự") String portalReference,
        @NotNull(message = "chưa có thông tin người nộp") @Valid ApplicantData applicant,
        @Size(max = 50, message = "tối đa 50 thành phần hồ sơ")
        List<@NotNull(message = "thành phần hồ sơ không được để trống") @Valid PaperData> papers) {

    public IntakeRequest {
        papers = papers == null ? List.of() : papers;
    }

    public record ApplicantData(
            @NotNull(message = "chưa chọn loại người nộp (CITIZEN hoặc ORGANISATION)") Applicant.Kind kind,
            @NotBlank(message = "chưa nhập họ và tên") @Size(max = 200, message = "họ và tên tối đa 200 ký tự")
            // Starts with a letter; at most 3 combining marks in a row (no stacked "zalgo" marks) and 2
            // separators in a row; no invisible or control characters. Lookaheads and one character class, so
            // a megabyte-long name is refused without deep regex recursion.
            @Pattern(regexp = "(?=\\p{L})(?!.*\\p{M}{4})(?!.*[ .'\\-]{3})[\\p{L}\\p{M} .'\\-]+",
                    message = "họ và tên chỉ gồm chữ cái, dấu cách và dấu gạch nối")
            String fullName,
            @Pattern(regexp = "[0-9]{12}", message = "số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số")
            String idNumber,
            @Pattern(regexp = "[0-9]{10}(-[0-9]{3})?", message = "mã số thuế phải gồm 10 chữ số (hoặc 10-3 chữ số)")
            String taxCode,
            @Pattern(regexp = "(0|\\+84)[0-9]{9}", message = "số điện thoại phải có dạng 0xxxxxxxxx hoặc +84xxxxxxxxx")
            String phone,
            @Email(message = "địa chỉ thư điện tử không hợp lệ")
            @Size(max = 200, message = "địa chỉ thư điện tử tối đa 200 ký tự") String email,
            @Size(max = 500, message = "địa chỉ tối đa 500 ký tự") String address) {

        public ApplicantData {
            // One spelling per name: "Nguyễn" typed with combining marks (NFD) is stored precomposed (NFC),
            // so searches and papers match what the desk types.
            fullName = fullName == null ? null : java.text.Normalizer.normalize(fullName, java.text.Normalizer.Form.NFC);
        }
    }

    public record PaperData(
            @NotBlank(message = "chưa nhập tên giấy tờ") @Size(max = 500, message = "tên giấy tờ tối đa 500 ký tự")
            String name,
            @Min(value = 0, message = "số bản chính không được âm") @Max(value = 99, message = "tối đa 99 bản chính")
            int originals,
            @Min(value = 0, message = "số bản sao không được âm") @Max(value = 99, message = "tối đa 99 bản sao")
            int copies,
            // Issue #10: taken from the applicant's paper store instead of handed in (checked at receipt).
            boolean reused) {

        public PaperData(String name, int originals, int copies) {
            this(name, originals, copies, false);
        }
    }
}
