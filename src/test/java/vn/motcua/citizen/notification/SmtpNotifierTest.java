package vn.motcua.citizen.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The e-mail adapter against an in-process SMTP server (GreenMail): a real SMTP conversation, in UTF-8. */
class SmtpNotifierTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void sendsAVietnameseMessage() throws Exception {
        SmtpNotifier notifier = new SmtpNotifier(sender(smtp.getSmtp().getPort()), "motcua@sontrung.gov.vn");
        notifier.send(new Notification("000.00.15.H30-270503-0001", "ACCEPTED@1", Delivery.EMAIL, "hai@example.vn",
                "[Một cửa] Hồ sơ 000.00.15.H30-270503-0001: tiếp nhận và hẹn trả kết quả",
                "Kính gửi Ông/Bà Hà Văn Hải,\n\nThời gian hẹn trả kết quả: 17 giờ 00 ngày 03/05/2027.", Instant.EPOCH));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[Một cửa] Hồ sơ 000.00.15.H30-270503-0001: tiếp nhận và hẹn trả kết quả");
        assertThat(((InternetAddress) received[0].getFrom()[0]).getAddress()).isEqualTo("motcua@sontrung.gov.vn");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("hai@example.vn");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat((String) received[0].getContent()).contains("Kính gửi Ông/Bà Hà Văn Hải").contains("17 giờ 00");
        assertThat(notifier.supports(Delivery.SMS)).isFalse();
    }

    @Test
    void aServerThatIsNotThereIsAnErrorSoTheMessageStaysPending() {
        SmtpNotifier notifier = new SmtpNotifier(sender(1), "motcua@sontrung.gov.vn");
        assertThatThrownBy(() -> notifier.send(new Notification("X", "ACCEPTED@1", Delivery.EMAIL, "a@example.vn",
                "Chủ đề", "Nội dung", Instant.EPOCH))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Không gửi được thư đến a@example.vn");
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
