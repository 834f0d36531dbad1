package vn.motcua.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OfficialFormTest {

    @Test
    void numbersTheSevenFormsOfTheCircularInOrder() {
        assertThat(Arrays.stream(OfficialForm.values()).map(OfficialForm::number))
                .containsExactly("01", "02", "03", "04", "05", "06", "07");
        assertThat(OfficialForm.CONTROL_SLIP.title()).isEqualTo("Phiếu kiểm soát quá trình giải quyết hồ sơ");
        assertThat(OfficialForm.LEDGER.title()).isEqualTo("Sổ theo dõi hồ sơ");
    }

    @Test
    void givesEachFormItsOwnNumberSuffix() {
        assertThat(Arrays.stream(OfficialForm.values()).map(OfficialForm::numberSuffix))
                .containsExactly("TNHS", "PBS", "PTC", "PXL", "TBD", "PKS", "STD")
                .doesNotHaveDuplicates();
    }

    @Test
    void citesTheCircular() {
        assertThat(OfficialForm.STOP_NOTICE.legalSource())
                .isEqualTo("Mẫu số 05, Phụ lục I, Thông tư số 03/2025/TT-VPCP");
    }

    @Test
    void hasATemplateForEveryForm() {
        assertThat(OfficialForm.values()).allSatisfy(form ->
                assertThat(getClass().getResource("/paper/" + form.template() + ".html")).isNotNull());
    }
}
