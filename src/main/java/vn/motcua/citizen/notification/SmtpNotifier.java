package vn.motcua.citizen.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** E-mail through a real SMTP server (spring.mail.*), in UTF-8 so Vietnamese arrives intact. */
public class SmtpNotifier implements Notifier {

    private final JavaMailSender mail;
    private final String from;

    public SmtpNotifier(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public boolean supports(Delivery channel) {
        return channel == Delivery.EMAIL;
    }

    @Override
    public void send(Notification message) {
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body());
            mail.send(mime);
        } catch (MessagingException | MailException e) {
            throw new IllegalStateException("Không gửi được thư đến " + message.recipient() + ": " + e.getMessage(), e);
        }
    }
}
