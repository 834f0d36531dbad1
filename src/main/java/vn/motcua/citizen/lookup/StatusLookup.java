package vn.motcua.citizen.lookup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.deadline.Timeliness;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierProperties;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.dossier.DossierStatus;

/**
 * The public status lookup: a dossier code and a second factor (the last four digits of the phone
 * number or of the ID number / tax code on the dossier). A wrong code and a wrong factor give the
 * same empty answer, so the lookup cannot tell a guesser which codes exist.
 */
@Service
public class StatusLookup {

    private final DossierRepository dossiers;
    private final HistoryService history;
    private final TaskService tasks;
    private final DossierProperties dossierProperties;
    private final MotCuaProperties motcua;
    private final Clock clock;

    StatusLookup(DossierRepository dossiers, HistoryService history, TaskService tasks,
                 DossierProperties dossierProperties, MotCuaProperties motcua, Clock clock) {
        this.dossiers = dossiers;
        this.history = history;
        this.tasks = tasks;
        this.dossierProperties = dossierProperties;
        this.motcua = motcua;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<DossierStatusView> find(String code, String lastFour) {
        return dossiers.findByCode(LookupAttempts.normalise(code))
                .filter(dossier -> matches(dossier.applicant(), lastFour))
                .map(this::view);
    }

    static boolean matches(Applicant applicant, String lastFour) {
        if (lastFour == null || !lastFour.matches("[0-9]{4}")) {
            return false;
        }
        // Every candidate is compared, in constant time, so timing does not say which one matched.
        boolean match = false;
        for (String candidate : new String[] {applicant.phone(), applicant.idNumber(), applicant.taxCode()}) {
            match |= MessageDigest.isEqual(lastFourOf(candidate), lastFour.getBytes(StandardCharsets.US_ASCII));
        }
        return match;
    }

    private static byte[] lastFourOf(String value) {
        String digits = value == null ? "" : value.replaceAll("[^0-9]", "");
        return digits.length() < 4 ? new byte[0]
                : digits.substring(digits.length() - 4).getBytes(StandardCharsets.US_ASCII);
    }

    private DossierStatusView view(Dossier dossier) {
        List<HistoricTaskInstance> steps = history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(dossier.code()).orderByHistoricActivityInstanceStartTime().asc().list();
        List<DossierStatusView.Step> shown = new ArrayList<>();
        shown.add(new DossierStatusView.Step("Nộp hồ sơ " + dossier.channel().label(), null, time(dossier.receivedAt())));
        for (HistoricTaskInstance step : steps) {
            shown.add(new DossierStatusView.Step(step.getName(), time(step.getDueDate()), time(step.getEndTime())));
        }
        if (dossier.appointmentAt() != null) {
            shown.add(new DossierStatusView.Step("Trả kết quả theo giấy hẹn", time(dossier.appointmentAt()),
                    time(dossier.lastEvent("RETURNED").map(DossierEvent::at).orElse(null))));
        }
        return new DossierStatusView(dossier.code(), dossier.procedureName(),
                NameMask.mask(dossier.applicant().fullName()), dossier.status().label(), currentStep(dossier),
                time(dossier.receivedAt()), time(dossier.appointmentAt()), time(dossier.finishedAt()), late(dossier),
                lateReason(dossier), collection(dossier), shown);
    }

    private String currentStep(Dossier dossier) {
        if (dossier.status().isFinal()) {
            return dossier.status().label();
        }
        List<String> open = tasks.createTaskQuery().processInstanceBusinessKey(dossier.code()).list().stream()
                .map(Task::getName).distinct().toList();
        return open.isEmpty() ? dossier.status().label() : String.join("; ", open);
    }

    private boolean late(Dossier dossier) {
        if (dossier.timeliness() != null) {
            return dossier.timeliness() == Timeliness.LATE;
        }
        return dossier.appointmentAt() != null && !dossier.status().isFinal()
                && clock.instant().isAfter(dossier.appointmentAt());
    }

    /** The reason and new date from the apology letter (form 04), once a leader has signed it. */
    private String lateReason(Dossier dossier) {
        if (dossier.lastEvent("APOLOGY_SIGNED").isEmpty()) {
            return null;
        }
        return dossier.delayNotice(motcua.zone()).orElse(null);
    }

    private String collection(Dossier dossier) {
        String centre = dossierProperties.centre().name() + " " + dossierProperties.centre().parentBody()
                .replace("UBND ", "");
        return switch (dossier.status()) {
            case RESULT_READY -> dossier.channel() == Channel.ONLINE && dossier.resultElectronic()
                    ? "Kết quả điện tử đã có trên Cổng Dịch vụ công; bản giấy (nếu cần) nhận tại " + centre
                    : "Kết quả đã có: mời Ông/Bà mang Giấy tiếp nhận hồ sơ và hẹn trả kết quả và giấy tờ tùy thân đến "
                            + centre + " trong giờ hành chính để nhận";
            case RETURNED -> "Đã trả kết quả" + dossier.lastEvent("RETURNED").map(DossierEvent::detail)
                    .map(how -> " (" + how + ")").orElse("");
            case REFUSED, WITHDRAWN, CANCELLED -> "Hồ sơ đã kết thúc, không có kết quả để nhận";
            default -> "Khi có kết quả, mời Ông/Bà mang Giấy tiếp nhận hồ sơ và hẹn trả kết quả đến " + centre
                    + (dossier.channel() == Channel.ONLINE ? " hoặc nhận kết quả điện tử trên Cổng Dịch vụ công" : "");
        };
    }

    private OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(motcua.zone()).toOffsetDateTime();
    }

    private OffsetDateTime time(Date date) {
        return date == null ? null : time(date.toInstant());
    }
}
