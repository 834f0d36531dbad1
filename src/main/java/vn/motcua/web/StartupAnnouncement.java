package vn.motcua.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.identity.IdentityProperties;

/** Tells whoever started the application where to log in. */
@Component
class StartupAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

    private final IdentityProperties identity;

    StartupAnnouncement(IdentityProperties identity) {
        this.identity = identity;
    }

    @EventListener
    void announce(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        StringBuilder message = new StringBuilder()
                .append("\n\n  MotCua đã sẵn sàng.")
                .append("\n  Đăng nhập:  ").append(base).append("/camunda/app/")
                .append("\n  Tasklist:   ").append(base).append("/camunda/app/tasklist/")
                .append("\n  Cockpit:    ").append(base).append("/camunda/app/cockpit/")
                .append("\n  REST API:   ").append(base).append("/engine-rest (HTTP Basic)");
        if (!identity.demoUsers().isEmpty()) {
            message.append("\n  Tài khoản demo (mật khẩu ").append(identity.demoPassword()).append("): ");
            identity.demoUsers().forEach(user -> message.append(user.id()).append(' '));
            message.append("; quản trị: ").append(identity.admin().id());
        }
        log.info(message.append('\n').toString());
    }
}
