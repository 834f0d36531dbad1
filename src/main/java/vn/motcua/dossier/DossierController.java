package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.deadline.PauseReason;
import vn.motcua.calendar.deadline.Timeliness;
import vn.motcua.paper.OfficialForm;
import vn.motcua.web.InvalidRequestException;

/** Online intake from the public-service portal, and the dossier as staff see it. */
@RestController
@RequestMapping("/api/dossiers")
class DossierController {

    private final DossierIntake intake;
    private final DossierRepository dossiers;
    private final DossierPauses pauses;
    private final DossierPapers papers;
    private final RuleSets rules;
    private final DossierReaders readers;

    DossierController(DossierIntake intake, DossierRepository dossiers, DossierPauses pauses, DossierPapers papers,
                      RuleSets rules, DossierReaders readers) {
        this.rules = rules;
        this.readers = readers;
        this.intake = intake;
        this.dossiers = dossiers;
        this.pauses = pauses;
        this.papers = papers;
    }

    record PaperView(String name, int originals, int copies, boolean reused) {
    }

    record EventView(Instant at, String actor, String type, String label, String detail) {
    }

    record FormView(String number, String title) {
    }

    record DossierView(String code, String procedureCode, String procedureName, String applicantName,
                       Channel channel, String channelLabel, String portalReference, DossierStatus status,
                       String statusLabel, String statusReason, Instant receivedAt, Instant acceptedAt,
                       Instant appointmentAt, Instant extendedAppointmentAt, String delayReason, String timeLimit,
                       Instant finishedAt, Timeliness timeliness, String timelinessLabel, Outcome outcome,
                       boolean componentsDigitized, boolean resultElectronic, boolean transferredElectronically,
                       String rules, List<PaperView> papers, List<FormView> forms, List<EventView> events) {

        static DossierView of(Dossier d, List<OfficialForm> forms, RuleSets.RuleSet rules) {
            return new DossierView(d.code(), d.procedureCode(), d.procedureName(), d.applicant().fullName(),
                    d.channel(), d.channel().label(), d.portalReference(), d.status(), d.status().label(),
                    d.statusReason(), d.receivedAt(), d.acceptedAt(), d.appointmentAt(), d.extendedAppointmentAt(),
                    d.delayReason(), d.timeLimit(), d.finishedAt(), d.timeliness(),
                    d.timeliness() == null ? null : d.timeliness().label(), d.outcome(),
                    d.componentsDigitized(), d.resultElectronic(), d.transferredElectronically(),
                    rules.decree() + "; " + rules.circular(),
                    d.papers().stream().map(p -> new PaperView(p.name(), p.originals(), p.copies(), p.reused())).toList(),
                    forms.stream().map(f -> new FormView(f.number(), f.title())).toList(),
                    d.events().stream().map(e -> new EventView(e.at(), e.actor(), e.type(), e.label(), e.detail()))
                            .toList());
        }
    }

    /**
     * What the public-service portal gets back: the state of the dossiers it filed, without staff names,
     * history or the applicant's data it already has.
     */
    record PortalView(String code, String portalReference, String procedureCode, String procedureName,
                      Channel channel, DossierStatus status, String statusLabel, Instant receivedAt, Instant appointmentAt,
                      Instant extendedAppointmentAt, Instant finishedAt, String timelinessLabel, Outcome outcome) {

        static PortalView of(Dossier d) {
            return new PortalView(d.code(), d.portalReference(), d.procedureCode(), d.procedureName(), d.channel(),
                    d.status(),
                    d.status().label(), d.receivedAt(), d.appointmentAt(), d.extendedAppointmentAt(),
                    d.finishedAt(), d.timeliness() == null ? null : d.timeliness().label(), d.outcome());
        }
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PORTAL', 'DESK', 'ADMIN')")
    ResponseEntity<Object> receive(@Valid @RequestBody IntakeRequest request, Authentication user) {
        // The channel feeds the online-intake KPI: the portal only files online, the desk never does.
        boolean portal = isPortal(user);
        if (portal && request.channel() != Channel.ONLINE) {
            throw new InvalidRequestException("Cổng Dịch vụ công chỉ nộp hồ sơ trực tuyến (channel = ONLINE)");
        }
        if (!portal && request.channel() == Channel.ONLINE) {
            throw new InvalidRequestException("Hồ sơ trực tuyến chỉ nhận qua Cổng Dịch vụ công; tại Trung tâm chọn "
                    + "COUNTER (trực tiếp) hoặc POST (bưu chính)");
        }
        DossierIntake.Outcome outcome;
        try {
            outcome = intake.receive(request, user.getName());
        } catch (DataIntegrityViolationException sameReferenceAtTheSameMoment) {
            // A retry of the same portal submission raced the first one: answer with the dossier it created.
            outcome = dossiers.findByReceivedByAndPortalReference(user.getName(), request.portalReference())
                    .map(existing -> new DossierIntake.Outcome(existing, false))
                    .orElseThrow(() -> sameReferenceAtTheSameMoment);
        }
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(portal ? PortalView.of(outcome.dossier()) : view(outcome.dossier()));
    }

    record PauseRequest(@NotNull(message = "chưa chọn lý do tạm dừng (SUPPLEMENT hoặc FINANCIAL_OBLIGATION)")
                        PauseReason reason,
                        @Size(max = 2000, message = "nội dung tối đa 2000 ký tự") String note) {
    }

    /** The processing unit asks the applicant for more; the clock stops until the desk receives it. */
    @PostMapping("/{code}/pause")
    @PreAuthorize("hasAnyRole('UNIT', 'DESK', 'ADMIN')")
    DossierView pause(@PathVariable String code, @Valid @RequestBody PauseRequest request, Authentication user) {
        // Another unit's dossier does not exist for it, as on reading; the processing unit may then pause.
        readers.check(code, user);
        List<String> authorities = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        List<String> groups = authorities.stream().filter(authority -> authority.startsWith("GROUP_"))
                .map(authority -> authority.substring(6)).toList();
        boolean deskOrAdmin = authorities.contains("ROLE_DESK") || authorities.contains("ROLE_ADMIN");
        return view(pauses.pause(code, request.reason(), request.note(), user.getName(), groups, deskOrAdmin));
    }

    record StopRequest(@NotBlank(message = "cần ghi rõ lý do") @Size(max = 2000, message = "lý do tối đa 2000 ký tự")
                       String reason) {
    }

    /** The applicant asked to stop the procedure (Decree 118/2025 Art. 21; the centre issues form 05). */
    @PostMapping("/{code}/withdraw")
    @PreAuthorize("hasAnyRole('DESK', 'ADMIN')")
    DossierView withdraw(@PathVariable String code, @Valid @RequestBody StopRequest request, Authentication user) {
        return view(pauses.stop(code, true, request.reason(), user.getName()));
    }

    @PostMapping("/{code}/cancel")
    @PreAuthorize("hasAnyRole('DESK', 'LEADER', 'ADMIN')")
    DossierView cancel(@PathVariable String code, @Valid @RequestBody StopRequest request, Authentication user) {
        return view(pauses.stop(code, false, request.reason(), user.getName()));
    }

    /** An official paper of the dossier as PDF: 01 receipt, 02 supplement request, 03 refusal, 06 control slip. */
    @GetMapping(value = "/{code}/papers/{form}", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('DESK', 'UNIT', 'LEADER', 'MANAGER', 'AUDITOR', 'ADMIN')")
    ResponseEntity<byte[]> paper(@PathVariable String code, @PathVariable String form, Authentication user) {
        readers.check(code, user);
        byte[] pdf = papers.pdf(code, form);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(code + "-mau-" + form + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAnyRole('DESK', 'UNIT', 'LEADER', 'MANAGER', 'AUDITOR', 'ADMIN', 'PORTAL')")
    Object get(@PathVariable String code, Authentication user) {
        // The portal sees only what it filed itself, a unit what it processes (DossierReaders).
        Dossier dossier = readers.readable(code, user);
        return isPortal(user) ? PortalView.of(dossier) : view(dossier);
    }

    private DossierView view(Dossier dossier) {
        return DossierView.of(dossier, papers.available(dossier), rules.byId(dossier.ruleSet()));
    }

    private static boolean isPortal(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PORTAL"));
    }
}
