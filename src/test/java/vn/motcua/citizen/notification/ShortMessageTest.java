package vn.motcua.citizen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortMessageTest {

    private static final String LINK = "https://motcua.sontrung.hatinh.gov.vn/danh-gia?t=3f2a9c1e-5b7d-4e8a-9c0f-1a2b3c4d5e6f";

    @Test
    void aLongProcedureNameIsShortenedInTheSmsButTheLinkIsWhole() {
        String procedure = "Thủ tục giải quyết chế độ trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng "
                + "hằng tháng đối với người khuyết tật đặc biệt nặng đang mang thai hoặc nuôi con dưới 36 tháng tuổi";
        ShortMessage message = new ShortMessage("Hồ sơ 000.00.15.H30-270511-0001 (" + procedure + ") đã có kết quả. "
                + "Mời Ông/Bà mang Giấy tiếp nhận hồ sơ và hẹn trả kết quả đến Trung tâm Phục vụ hành chính công xã "
                + "Ủy ban nhân dân xã Sơn Trung để nhận kết quả.", LINK);

        String sms = message.sms();
        assertThat(sms).hasSizeLessThanOrEqualTo(ShortMessage.SMS_LIMIT)
                .startsWith("Hồ sơ 000.00.15.H30-270511-0001 (Thủ tục giải quyết")
                .endsWith(" " + ShortMessage.RATING_LEAD + LINK + ".")
                .contains("… " + ShortMessage.RATING_LEAD);
        String kept = sms.substring(0, sms.indexOf('…'));
        assertThat(message.message()).as("the message's beginning, cut between words").startsWith(kept + " ");
        assertThat(message.full()).as("the e-mail keeps everything").contains(procedure).endsWith(LINK + ".");
    }

    @Test
    void aShortMessageIsNotTouchedAndOneWithoutLinkHasNoRatingSentence() {
        ShortMessage message = new ShortMessage("Hồ sơ 000.00.15.H30-270511-0001 (Đăng ký khai sinh) đã có kết quả.",
                null);
        assertThat(message.sms()).isEqualTo(message.full())
                .isEqualTo("Hồ sơ 000.00.15.H30-270511-0001 (Đăng ký khai sinh) đã có kết quả.");
        String long_ = "Hồ sơ cần bổ sung, hoàn thiện: " + "Giấy chứng sinh (bản chính) ".repeat(20);
        assertThat(new ShortMessage(long_, null).sms()).hasSizeLessThanOrEqualTo(ShortMessage.SMS_LIMIT).endsWith("…");
    }
}
