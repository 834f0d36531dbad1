package vn.motcua.dossier;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.deadline.TimeLimit;
import vn.motcua.paper.Apology;
import vn.motcua.paper.ControlSlip;
import vn.motcua.paper.Handover;
import vn.motcua.paper.Issuer;
import vn.motcua.paper.Ledger;
import vn.motcua.paper.LedgerRow;
import vn.motcua.paper.Letterhead;
import vn.motcua.paper.OfficialForm;
import vn.motcua.paper.OfficialPaper;
import vn.motcua.paper.PaperComponent;
import vn.motcua.paper.PaperRenderer;
import vn.motcua.paper.Receipt;
import vn.motcua.paper.Refusal;
import vn.motcua.paper.Signatory;
import vn.motcua.paper.StopNotice;
import vn.motcua.paper.SupplementRequest;
import vn.motcua.identity.OrganisationProperties;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.web.ConflictException;
import vn.motcua.web.InvalidRequestException;
import vn.motcua.web.NotFoundException;

/** The official papers of one dossier (TT 03/2025 forms), filled from its record and history. */
@Service
public class DossierPapers {

    private final DossierRepository dossiers;
    private final PaperRenderer renderer;
    private final DossierProperties properties;
    private final MotCuaProperties motcua;
    private final IdentityService identityService;
    private final ProcedureCatalog catalog;
    private final OrganisationProperties organisation;

    DossierPapers(DossierRepository dossiers, PaperRenderer renderer, DossierProperties properties,
                  MotCuaProperties motcua, IdentityService identityService, ProcedureCatalog catalog,
                  OrganisationProperties organisation) {
        this.dossiers = dossiers;
        this.renderer = renderer;
        this.properties = properties;
        this.motcua = motcua;
        this.identityService = identityService;
        this.catalog = catalog;
        this.organisation = organisation;
    }

    /** @param form the form's number as the circular gives it: 01–06 (07 is the ledger of a period) */
    public byte[] pdf(String code, String form) {
        Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + code));
        return renderer.render(paper(dossier, form));
    }

    /** The forms this dossier has by now, in the circular's order: what its page and tasks offer. */
    public List<OfficialForm> available(Dossier dossier) {
        List<OfficialForm> forms = new ArrayList<>();
        if (dossier.appointmentAt() != null) {
            forms.add(OfficialForm.RECEIPT);
        }
        if (has(dossier, "SUPPLEMENT_REQUESTED")) {
            forms.add(OfficialForm.SUPPLEMENT_REQUEST);
        }
        if (dossier.status() == DossierStatus.REFUSED) {
            forms.add(OfficialForm.REFUSAL);
        }
        if (dossier.extendedAppointmentAt() != null) {
            forms.add(OfficialForm.APOLOGY);
        }
        if (dossier.status() == DossierStatus.WITHDRAWN) {
            forms.add(OfficialForm.STOP_NOTICE);
        }
        forms.add(OfficialForm.CONTROL_SLIP);
        return forms;
    }

    /** Form 07 for the dossiers received in a period, optionally of one field (lĩnh vực). */
    public byte[] ledger(LocalDate from, LocalDate to, String field) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("Ngày kết thúc phải từ ngày bắt đầu trở đi");
        }
        if (from.plusYears(1).isBefore(to)) {
            throw new InvalidRequestException("Sổ theo dõi in tối đa một năm");
        }
        Instant start = from.atStartOfDay(motcua.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(motcua.zone()).toInstant();
        List<LedgerRow> rows = dossiers.findByReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderByReceivedAt(start, end)
                .stream()
                .filter(dossier -> dossier.appointmentAt() != null)
                .filter(dossier -> field == null || field.equals(fieldOf(dossier)))
                .map(this::ledgerRow)
                .toList();
        DossierProperties.Centre centre = properties.centre();
        Letterhead letterhead = new Letterhead(new Issuer(centre.parentBody(), centre.name(), centre.abbreviation(),
                centre.place()), null, to);
        return renderer.render(new Ledger(letterhead, field == null ? "Tất cả lĩnh vực" : field, from, to, rows));
    }

    OfficialPaper paper(Dossier dossier, String form) {
        return switch (form) {
            case "01" -> receipt(dossier);
            case "02" -> supplementRequest(dossier);
            case "03" -> refusal(dossier);
            case "04" -> apology(dossier);
            case "05" -> stopNotice(dossier);
            case "06" -> controlSlip(dossier);
            default -> throw new NotFoundException("Không có mẫu số " + form + " cho một hồ sơ (có: 01 đến 06; "
                    + "mẫu 07 là sổ theo dõi theo kỳ)");
        };
    }

    private Apology apology(Dossier dossier) {
        if (dossier.extendedAppointmentAt() == null) {
            throw new ConflictException("Hồ sơ " + dossier.code() + " chưa có phiếu xin lỗi và đề nghị gia hạn");
        }
        DossierEvent drafted = lastEvent(dossier, "APOLOGY_DRAFTED", "chưa có phiếu xin lỗi");
        String signer = dossier.lastEvent("APOLOGY_SIGNED").map(DossierEvent::actor).map(this::fullName).orElse("");
        return new Apology(letterhead(dossier, drafted.at()), dossier.code(), applicant(dossier),
                dossier.procedureName(), centreName(), zoned(dossier.receivedAt()), zoned(dossier.appointmentAt()),
                dossier.delayReason(), zoned(dossier.extendedAppointmentAt()),
                new Signatory("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", signer));
    }

    private StopNotice stopNotice(Dossier dossier) {
        if (dossier.status() != DossierStatus.WITHDRAWN) {
            throw new ConflictException("Hồ sơ " + dossier.code() + " không dừng giải quyết theo đề nghị của người nộp");
        }
        DossierEvent withdrawn = lastEvent(dossier, "WITHDRAWN", "chưa có đề nghị dừng giải quyết");
        return new StopNotice(letterhead(dossier, withdrawn.at()), dossier.code(), applicant(dossier),
                dossier.procedureName(), zoned(dossier.receivedAt()), zoned(withdrawn.at()), dossier.statusReason(),
                new Signatory("GIÁM ĐỐC", ""));
    }

    private LedgerRow ledgerRow(Dossier dossier) {
        Applicant who = dossier.applicant();
        String contact = java.util.stream.Stream.of(who.address(), who.phone()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", "));
        DossierEvent returned = dossier.lastEvent("RETURNED").orElse(null);
        String lead = catalog.byDefinitionId(dossier.processDefinitionId()).map(Procedure::responsibleUnit)
                .map(this::unitName).orElse(null);
        return new LedgerRow(dossier.code(), dossier.procedureName(), who.fullName(), contact, lead,
                zoned(dossier.receivedAt()), zoned(dossier.appointmentAt()),
                returned == null ? null : zoned(returned.at()), returned == null ? null : returned.detail());
    }

    private String fieldOf(Dossier dossier) {
        return catalog.byDefinitionId(dossier.processDefinitionId()).map(Procedure::field).orElse(null);
    }

    private String unitName(String unitId) {
        return organisation.units().stream().filter(unit -> unit.id().equals(unitId))
                .map(OrganisationProperties.Unit::name).findFirst().orElse(unitId);
    }

    private static boolean has(Dossier dossier, String type) {
        return dossier.events().stream().anyMatch(event -> event.type().equals(type));
    }

    private Receipt receipt(Dossier dossier) {
        if (dossier.appointmentAt() == null) {
            throw new ConflictException("Hồ sơ " + dossier.code() + " chưa được tiếp nhận nên chưa có giấy hẹn");
        }
        List<PaperComponent> components = dossier.papers().stream()
                .map(paper -> new PaperComponent(paper.name(), paper.originals(), paper.copies())).toList();
        return new Receipt(letterhead(dossier, dossier.acceptedAt()), dossier.code(), applicant(dossier), null,
                dossier.procedureName(), components, 1, TimeLimit.parse(dossier.timeLimit()).toVietnamese(),
                zoned(dossier.receivedAt()), zoned(dossier.appointmentAt()), centreName(), null, actorOf(dossier, "ACCEPTED"),
                URI.create(properties.lookupUrl() + URLEncoder.encode(dossier.code(), StandardCharsets.UTF_8)));
    }

    private SupplementRequest supplementRequest(Dossier dossier) {
        DossierEvent request = lastEvent(dossier, "SUPPLEMENT_REQUESTED", "chưa có yêu cầu bổ sung");
        return new SupplementRequest(letterhead(dossier, request.at()), dossier.code(), applicant(dossier),
                dossier.procedureName(), List.of(request.detail() == null ? "" : request.detail()),
                "Hồ sơ chưa đầy đủ, hợp lệ theo quy định của thủ tục", fullName(request.actor()), null);
    }

    private Refusal refusal(Dossier dossier) {
        if (dossier.status() != DossierStatus.REFUSED) {
            throw new ConflictException("Hồ sơ " + dossier.code() + " không bị từ chối tiếp nhận");
        }
        DossierEvent refused = lastEvent(dossier, "REFUSED", "chưa bị từ chối");
        return new Refusal(letterhead(dossier, refused.at()), dossier.code(), applicant(dossier),
                dossier.procedureName(), dossier.statusReason(), fullName(refused.actor()));
    }

    /** Form 06 from the recorded history: each hand-over with its time; the result with its timeliness. */
    private ControlSlip controlSlip(Dossier dossier) {
        List<Handover> handovers = new ArrayList<>();
        for (DossierEvent event : dossier.events()) {
            switch (event.type()) {
                case "TRANSFERRED" -> handovers.add(new Handover(centreName(), event.detail(), zoned(event.at()), null,
                        "Chuyển điện tử"));
                case "SUBMITTED_FOR_APPROVAL" -> handovers.add(new Handover("Bộ phận chuyên môn", "Lãnh đạo UBND xã",
                        zoned(event.at()), null, "Trình ký"));
                case "SENT_BACK" -> handovers.add(new Handover("Lãnh đạo UBND xã", "Bộ phận chuyên môn",
                        zoned(event.at()), null, event.detail()));
                case "APPROVED" -> handovers.add(new Handover("Lãnh đạo UBND xã", centreName(), zoned(event.at()),
                        dossier.timeliness(), "Kết quả đã ký"));
                default -> { }
            }
        }
        return new ControlSlip(letterhead(dossier, dossier.receivedAt()), dossier.code(), centreName(), null,
                zoned(dossier.receivedAt()), dossier.appointmentAt() == null ? null : zoned(dossier.appointmentAt()),
                handovers);
    }

    private Letterhead letterhead(Dossier dossier, Instant issuedAt) {
        DossierProperties.Centre centre = properties.centre();
        // The paper's number is the dossier's daily sequence, which the ledger book also uses.
        String number = dossier.code().substring(dossier.code().lastIndexOf('-') + 1);
        return new Letterhead(new Issuer(centre.parentBody(), centre.name(), centre.abbreviation(), centre.place()),
                number, zoned(issuedAt).toLocalDate());
    }

    private static vn.motcua.paper.Applicant applicant(Dossier dossier) {
        Applicant who = dossier.applicant();
        return new vn.motcua.paper.Applicant(who.fullName(),
                who.idNumber() != null ? who.idNumber() : who.taxCode(), who.address(), who.phone(), who.email());
    }

    private String centreName() {
        return properties.centre().name() + " " + properties.centre().parentBody().replace("UBND ", "");
    }

    /** The full name of whoever did the last {@code type} step, as the paper's signature block shows it. */
    private String actorOf(Dossier dossier, String type) {
        return dossier.lastEvent(type).map(DossierEvent::actor).map(this::fullName).orElse(null);
    }

    private String fullName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
    }

    private static DossierEvent lastEvent(Dossier dossier, String type, String missing) {
        return dossier.lastEvent(type).orElseThrow(() -> new ConflictException("Hồ sơ " + dossier.code() + " " + missing));
    }

    private ZonedDateTime zoned(Instant instant) {
        return instant.atZone(motcua.zone());
    }
}
