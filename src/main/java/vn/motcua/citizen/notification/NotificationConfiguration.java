package vn.motcua.citizen.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.mail.javamail.JavaMailSender;

import vn.motcua.citizen.CitizenProperties;

/** {@code motcua.citizen.notification.adapter: smtp} sends e-mail through spring.mail.*; SMS stays recorded. */
@Configuration
class NotificationConfiguration {

    @Bean
    @Order(0)
    @ConditionalOnProperty(prefix = "motcua.citizen.notification", name = "adapter", havingValue = "smtp")
    SmtpNotifier smtpNotifier(JavaMailSender mail, CitizenProperties properties) {
        return new SmtpNotifier(mail, properties.notification().from());
    }
}
