package vn.motcua.citizen.notification;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.MotCuaProperties;
import vn.motcua.citizen.rating.Ratings;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierProperties;
import vn.motcua.dossier.DossierRepository;

/**
 * Writes the applicant's messages into the outbox, in the transaction that changed the dossier: a
 * change that rolls back leaves no message, and a message exists at most once per change and channel.
 * {@link NotificationDispatcher} sends them after commit.
 */
@Component
class Notifications {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm 'ngày' dd/MM/yyyy");

    private final NotificationRepository outbox;
    private final DossierRepository dossiers;
    private final Ratings ratings;
    private final DossierProperties dossierProperties;
    private final MotCuaProperties motcua;

    Notifications(NotificationRepository outbox, DossierRepository dossiers, Ratings ratings,
                  DossierProperties dossierProperties, MotCuaProperties motcua) {
        this.outbox = outbox;
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.dossierProperties = dossierProperties;
        this.motcua = motcua;
    }

    /** After the rating link is made (order 0), so the result message can carry it. */
    @EventListener
    @Order(10)
    @Transactional
    public void changed(DossierChanged change) {
        Optional<Dossier> found = dossiers.findByCode(change.code());
        if (found.isEmpty()) {
            return;
        }
        Dossier dossier = found.get();
        Optional<ShortMessage> text = text(dossier, change);
        if (text.isEmpty()) {
            return;
        }
        String subject = "[Một cửa] Hồ sơ " + dossier.code() + ": " + subject(change.type());
        String body = "Kính gửi Ông/Bà " + dossier.applicant().fullName() + ",\n\n" + text.get().full()
                + "\n\nTra cứu tình trạng hồ sơ: " + dossierProperties.lookupUrl() + dossier.code()
                + " (nhập 4 số cuối số điện thoại hoặc số định danh cá nhân).\n\n"
                + dossierProperties.centre().name() + " " + dossierProperties.centre().parentBody();
        String eventKey = change.type() + "@" + change.at().toEpochMilli();
        for (Recipient recipient : recipients(dossier.applicant())) {
            if (!outbox.existsByDossierCodeAndEventKeyAndChannel(dossier.code(), eventKey, recipient.channel())) {
                // SMS carries the short text only: an SMS gateway bills per segment.
                outbox.save(new Notification(dossier.code(), eventKey, recipient.channel(), recipient.address(), subject,
                        recipient.channel() == Delivery.SMS ? text.get().sms() : body, change.at()));
            }
        }
    }

    private Optional<ShortMessage> text(Dossier dossier, DossierChanged change) {
        String what = "Hồ sơ " + dossier.code() + " (" + dossier.procedureName() + ")";
        if (change.type().equals("APPROVED")) {
            return Optional.of(result(dossier, what));
        }
        return Optional.ofNullable(switch (change.type()) {
            // At the counter the applicant holds the receipt already; by post and online they learn it here.
            case "RECEIVED" -> dossier.channel() == Channel.COUNTER ? null
                    : what + " đã được nhận " + dossier.channel().label() + " và đang được kiểm tra.";
            case "ACCEPTED" -> what + " đã được tiếp nhận. Thời gian hẹn trả kết quả: "
                    + WHEN.format(dossier.appointmentAt().atZone(motcua.zone())) + ".";
            case "SUPPLEMENT_REQUESTED" -> what + " cần bổ sung, hoàn thiện: " + change.detail()
                    + ". Thời gian giải quyết được tính lại từ khi nhận đủ hồ sơ.";
            case "APOLOGY_SIGNED" -> what + " chưa giải quyết xong đúng hẹn. " + "Chúng tôi thành thật xin lỗi Ông/Bà. "
                    + dossier.delayNotice(motcua.zone()).map(notice -> notice + ".").orElse("");
            default -> null;
        }).map(message -> new ShortMessage(message, null));
    }

    private static String subject(String type) {
        return switch (type) {
            case "RECEIVED" -> "đã nhận hồ sơ";
            case "ACCEPTED" -> "tiếp nhận và hẹn trả kết quả";
            case "SUPPLEMENT_REQUESTED" -> "yêu cầu bổ sung hồ sơ";
            case "APOLOGY_SIGNED" -> "xin lỗi và hẹn lại ngày trả kết quả";
            default -> "đã có kết quả";
        };
    }

    private ShortMessage result(Dossier dossier, String what) {
        String centre = dossierProperties.centre().name() + " " + dossierProperties.centre().parentBody();
        String text = what + " đã có kết quả. Mời Ông/Bà mang Giấy tiếp nhận hồ sơ và hẹn trả kết quả đến " + centre
                + " để nhận kết quả";
        if (dossier.channel() != Channel.ONLINE) {
            return new ShortMessage(text + ".", null);
        }
        text += dossier.resultElectronic() ? ", hoặc nhận kết quả điện tử trên Cổng Dịch vụ công." : ".";
        // Online applicants are not at the desk's tablet: the one-time rating link comes with the result.
        return new ShortMessage(text, ratings.link(dossier.code()).map(Ratings.Link::url).orElse(null));
    }

    private record Recipient(Delivery channel, String address) {
    }

    private static List<Recipient> recipients(Applicant applicant) {
        List<Recipient> recipients = new ArrayList<>();
        if (applicant.email() != null && !applicant.email().isBlank()) {
            recipients.add(new Recipient(Delivery.EMAIL, applicant.email()));
        }
        if (applicant.phone() != null && !applicant.phone().isBlank()) {
            recipients.add(new Recipient(Delivery.SMS, applicant.phone()));
        }
        return recipients;
    }
}
