package vn.motcua.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.NaturalId;
import org.springframework.data.domain.AbstractAggregateRoot;

import vn.motcua.calendar.deadline.PauseLedger;
import vn.motcua.calendar.deadline.PauseReason;
import vn.motcua.calendar.deadline.Timeliness;
import vn.motcua.paper.VietnameseDates;

/**
 * A dossier (hồ sơ) from receipt to result. The process instance that works it carries the dossier
 * code as business key and only ids and routing flags as variables; the facts live here, and every
 * change is recorded as a {@link DossierEvent} with who and when.
 */
@Entity
@Table(name = "dossier")
public class Dossier extends AbstractAggregateRoot<Dossier> {

    /** Who acted when no person did: the engine's timers and watches, another agency's system. */
    public static final String SYSTEM_ACTOR = "he-thong";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // The natural id: a lookup by code is answered from the open persistence context (DossierByCode).
    @NaturalId
    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "procedure_code", nullable = false)
    private String procedureCode;

    @Column(name = "procedure_name", nullable = false)
    private String procedureName;

    @Column(name = "process_definition_id")
    private String processDefinitionId;

    @Embedded
    private Applicant applicant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "portal_reference")
    private String portalReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DossierStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "appointment_at")
    private Instant appointmentAt;

    @Column(name = "time_limit")
    private String timeLimit;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    private Timeliness timeliness;

    @Column(name = "components_digitized", nullable = false)
    private boolean componentsDigitized;

    @Column(name = "result_electronic", nullable = false)
    private boolean resultElectronic;

    @Column(name = "transferred_electronically", nullable = false)
    private boolean transferredElectronically;

    /** The account that handed the dossier in: a desk officer, or the portal's system account. */
    @Column(name = "received_by", nullable = false)
    private String receivedBy;

    /** The one-stop rules in force on the day of receipt ({@link RuleSets}); kept for the dossier's life. */
    @Column(name = "rule_set", nullable = false)
    private String ruleSet;

    @Column(name = "delay_reason")
    private String delayReason;

    /** The new date the apology (form 04) proposes; the original appointment stays the one the KPI uses. */
    @Column(name = "extended_appointment_at")
    private Instant extendedAppointmentAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Version
    private long version;

    // Loaded with the dossier (one extra select each): views and forms always need them.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<DossierPaper> papers = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    @OrderBy("at, id")
    private List<DossierEvent> events = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    @OrderBy("pausedAt, id")
    private List<DossierPause> pauses = new ArrayList<>();

    protected Dossier() {
    }

    /** A dossier just handed in, at the counter, by post or from the portal; it is checked next. */
    public static Dossier receive(String code, String procedureCode, String procedureName, Applicant applicant,
                                  Channel channel, String portalReference, Instant receivedAt, String actor,
                                  String ruleSet) {
        Dossier dossier = new Dossier();
        dossier.code = code;
        dossier.procedureCode = procedureCode;
        dossier.procedureName = procedureName;
        dossier.applicant = applicant;
        dossier.channel = channel;
        dossier.portalReference = portalReference;
        dossier.receivedAt = receivedAt;
        dossier.status = DossierStatus.RECEIVED;
        // Decree 118/2025 / TT 03/2025 Art. 5 k.2: online dossiers are electronic from the start.
        dossier.componentsDigitized = channel == Channel.ONLINE;
        dossier.receivedBy = actor;
        dossier.ruleSet = ruleSet;
        dossier.record(receivedAt, actor, "RECEIVED", "Nộp hồ sơ " + channel.label());
        return dossier;
    }

    public void addPaper(String name, int originals, int copies, boolean reused) {
        papers.add(new DossierPaper(papers.size() + 1, name, originals, copies, reused));
    }

    public void linkProcessDefinition(String processDefinitionId) {
        this.processDefinitionId = processDefinitionId;
    }

    public void requestSupplement(Instant at, String actor, String missing) {
        require(EnumSet.of(DossierStatus.RECEIVED), "yêu cầu bổ sung");
        status = DossierStatus.SUPPLEMENT_REQUESTED;
        statusReason = missing;
        record(at, actor, "SUPPLEMENT_REQUESTED", missing);
    }

    public void supplemented(Instant at, String actor) {
        require(EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED), "nhận hồ sơ bổ sung");
        status = DossierStatus.RECEIVED;
        statusReason = null;
        record(at, actor, "SUPPLEMENTED", "Người nộp đã bổ sung hồ sơ");
    }

    public void refuse(Instant at, String actor, String reason) {
        require(EnumSet.of(DossierStatus.RECEIVED, DossierStatus.SUPPLEMENT_REQUESTED), "từ chối tiếp nhận");
        finish(at, actor, DossierStatus.REFUSED, reason);
        record(at, actor, "REFUSED", reason);
    }

    /** Complete and valid: the clock starts and the applicant gets the appointment on the receipt. */
    /** @param description the appointment and limit as the applicant reads them on the receipt */
    public void accept(Instant at, String actor, String timeLimit, Instant appointmentAt, boolean digitized,
                       String description) {
        require(EnumSet.of(DossierStatus.RECEIVED), "tiếp nhận");
        status = DossierStatus.IN_PROGRESS;
        acceptedAt = at;
        this.timeLimit = timeLimit;
        this.appointmentAt = appointmentAt;
        componentsDigitized = componentsDigitized || digitized;
        record(at, actor, "ACCEPTED", description);
    }

    public void transfer(Instant at, String actor, String unitName) {
        require(EnumSet.of(DossierStatus.IN_PROGRESS), "chuyển hồ sơ");
        transferredElectronically = true;
        record(at, actor, "TRANSFERRED", unitName);
    }

    /** The processing unit needs more from the applicant: the clock stops until the desk resumes it. */
    public void pause(Instant at, String actor, PauseReason reason, String note) {
        require(EnumSet.of(DossierStatus.IN_PROGRESS), "tạm dừng");
        pauses.add(new DossierPause(at, reason, actor, note));
        status = DossierStatus.PAUSED;
        record(at, actor, "PAUSED", reason.label() + (note == null ? "" : ": " + note));
    }

    public void resume(Instant at, String actor) {
        require(EnumSet.of(DossierStatus.PAUSED), "tiếp tục xử lý");
        pauses.stream().filter(DossierPause::isOpen).forEach(pause -> pause.resume(at, actor));
        status = DossierStatus.IN_PROGRESS;
        record(at, actor, "RESUMED", null);
    }

    /** Form 04: the unit that is late states why and proposes a new date; the leader signs it next. */
    public void draftApology(Instant at, String actor, String reason, Instant newAppointment) {
        requireNotFinal("lập phiếu xin lỗi cho");
        if (appointmentAt == null || !newAppointment.isAfter(appointmentAt)) {
            throw new DossierStateException("Ngày hẹn mới phải sau ngày hẹn trả kết quả đã ghi trên giấy tiếp nhận");
        }
        delayReason = reason;
        extendedAppointmentAt = newAppointment;
        record(at, actor, "APOLOGY_DRAFTED", "Lý do chậm: " + reason);
    }

    /** The leader's signature on form 04 and the leaders' escalation: part of the ISO record, no status change. */
    public void recordDelay(Instant at, String actor, String type, String detail) {
        requireNotFinal("ghi nhận việc chậm trả kết quả cho");
        record(at, actor, type, detail);
    }

    public void attached(Instant at, String actor, String fileName) {
        requireNotFinal("đính kèm tệp vào");
        record(at, actor, "ATTACHED", fileName);
    }

    public PauseLedger pauseLedger() {
        return PauseLedger.of(pauses.stream().map(DossierPause::toPause).toList());
    }

    public void submitForApproval(Instant at, String actor) {
        require(EnumSet.of(DossierStatus.IN_PROGRESS), "trình phê duyệt");
        status = DossierStatus.AWAITING_APPROVAL;
        record(at, actor, "SUBMITTED_FOR_APPROVAL", null);
    }

    public void sendBack(Instant at, String actor, String reason) {
        require(EnumSet.of(DossierStatus.AWAITING_APPROVAL), "trả lại để xử lý lại");
        status = DossierStatus.IN_PROGRESS;
        record(at, actor, "SENT_BACK", reason);
    }

    /** The leader signed: the result is ready; from now on the dossier is resolved for the on-time KPI. */
    public void approve(Instant at, String actor, boolean electronicResult, Timeliness timeliness, Outcome outcome,
                        String refusalReason) {
        require(EnumSet.of(DossierStatus.AWAITING_APPROVAL), "phê duyệt");
        status = DossierStatus.RESULT_READY;
        resultElectronic = electronicResult;
        finishedAt = at;
        this.timeliness = timeliness;
        this.outcome = outcome;
        if (outcome == Outcome.REFUSED) {
            statusReason = refusalReason;
        }
        record(at, actor, "APPROVED", outcome.label() + (outcome == Outcome.REFUSED ? " (" + refusalReason + ")" : "")
                + "; " + timeliness.label());
    }

    public void returnResult(Instant at, String actor, String how) {
        require(EnumSet.of(DossierStatus.RESULT_READY), "trả kết quả");
        status = DossierStatus.RETURNED;
        record(at, actor, "RETURNED", how);
    }

    public void withdraw(Instant at, String actor, String reason) {
        requireNotFinal("dừng giải quyết");
        if (status == DossierStatus.RESULT_READY) {
            throw new DossierStateException("Hồ sơ " + code + " đã có kết quả, không thể dừng giải quyết");
        }
        finish(at, actor, DossierStatus.WITHDRAWN, reason);
        record(at, actor, "WITHDRAWN", reason);
    }

    public void cancel(Instant at, String actor, String reason) {
        requireNotFinal("hủy");
        finish(at, actor, DossierStatus.CANCELLED, reason);
        record(at, actor, "CANCELLED", reason);
    }

    private void finish(Instant at, String actor, DossierStatus finalStatus, String reason) {
        // A stopped dossier's clock stops for good: an open pause ends with it.
        pauses.stream().filter(DossierPause::isOpen).forEach(pause -> pause.resume(at, actor));
        status = finalStatus;
        statusReason = reason;
        if (finishedAt == null) {
            finishedAt = at;
        }
    }

    private void require(Set<DossierStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new DossierStateException("Không thể " + action + " hồ sơ " + code + " đang ở trạng thái \""
                    + status.label() + "\"");
        }
    }

    private void requireNotFinal(String action) {
        if (status.isFinal()) {
            throw new DossierStateException("Không thể " + action + " hồ sơ " + code + " đã kết thúc (\""
                    + status.label() + "\")");
        }
    }

    private void record(Instant at, String actor, String type, String detail) {
        events.add(new DossierEvent(at, actor, type, detail));
        // Published when the repository saves the dossier; every service that changes one saves it.
        registerEvent(new DossierChanged(code, type, at, actor, detail));
    }

    /** Since when the dossier has been complete: the time limit counts from here (receipt or last supplement). */
    public Instant completeSince() {
        return events.stream().filter(event -> event.type().equals("SUPPLEMENTED")).map(DossierEvent::at)
                .reduce((first, second) -> second).orElse(receivedAt);
    }

    public String ruleSet() {
        return ruleSet;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public String delayReason() {
        return delayReason;
    }

    public Instant extendedAppointmentAt() {
        return extendedAppointmentAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String procedureName() {
        return procedureName;
    }

    public String processDefinitionId() {
        return processDefinitionId;
    }

    public Applicant applicant() {
        return applicant;
    }

    public Channel channel() {
        return channel;
    }

    public String portalReference() {
        return portalReference;
    }

    public DossierStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant appointmentAt() {
        return appointmentAt;
    }

    public String timeLimit() {
        return timeLimit;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Timeliness timeliness() {
        return timeliness;
    }

    public boolean componentsDigitized() {
        return componentsDigitized;
    }

    public boolean resultElectronic() {
        return resultElectronic;
    }

    public boolean transferredElectronically() {
        return transferredElectronically;
    }

    public List<DossierPaper> papers() {
        return List.copyOf(papers);
    }

    public List<DossierEvent> events() {
        return List.copyOf(events);
    }

    /** The latest event of a type (e.g. the last supplement request of several), if any. */
    public Optional<DossierEvent> lastEvent(String type) {
        DossierEvent last = null;
        for (DossierEvent event : events) {
            if (event.type().equals(type)) {
                last = event;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The reason and the new date of the apology letter (form 04), as the applicant is told them in messages and
     * the public lookup: one wording for both. Empty before a delay was recorded.
     */
    public Optional<String> delayNotice(ZoneId zone) {
        if (delayReason == null && extendedAppointmentAt == null) {
            return Optional.empty();
        }
        return Optional.of((delayReason == null ? "" : "Lý do: " + delayReason + ". ")
                + (extendedAppointmentAt == null ? "" : "Hẹn trả kết quả mới: "
                + VietnameseDates.SHORT.format(extendedAppointmentAt.atZone(zone))));
    }
}
