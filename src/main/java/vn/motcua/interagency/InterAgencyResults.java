package vn.motcua.interagency;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.DossierRepository;
import vn.motcua.identity.OrganisationProperties;
import vn.motcua.web.ConflictException;
import vn.motcua.web.InvalidRequestException;
import vn.motcua.web.NotFoundException;

/**
 * Takes an agency's answer and delivers it to the dossier's procedure, which waits for it on a
 * message boundary event named {@link Agencies#resultMessage} (correlated by the dossier code,
 * the business key). Its variables are prefixed with the agency ({@code policeOutcome} …).
 */
@Service
public class InterAgencyResults {

    static final Set<String> OUTCOMES = Set.of("COMPLETED", "REFUSED");

    private final DossierRepository dossiers;
    private final Agencies agencies;
    private final RuntimeService runtime;

    public InterAgencyResults(DossierRepository dossiers, Agencies agencies, RuntimeService runtime) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.runtime = runtime;
    }

    /**
     * @param callerGroups the groups of the account that called (an agency's system account)
     * @return the id of the agency whose answer was delivered
     */
    @Transactional
    public String deliver(String dossierCode, AgencyResult result, String caller, Collection<String> callerGroups) {
        String agency = agencyOf(result == null ? null : result.agency(), callerGroups);
        validate(result);
        if (dossiers.findByCode(dossierCode).isEmpty()) {
            throw new NotFoundException("Không tìm thấy hồ sơ " + dossierCode);
        }
        String message = Agencies.resultMessage(agency);
        long waiting = runtime.createExecutionQuery().processInstanceBusinessKey(dossierCode)
                .messageEventSubscriptionName(message).count();
        if (waiting == 0) {
            throw new ConflictException("Hồ sơ " + dossierCode + " không chờ kết quả từ " + agencies.name(agency)
                    + " (chưa được chuyển liên thông, hoặc đã nhận kết quả)");
        }
        String prefix = Agencies.variablePrefix(agency);
        Map<String, Object> variables = new HashMap<>();
        variables.put(prefix + "Outcome", result.outcome());
        variables.put(prefix + "Reference", blankToNull(result.reference()));
        variables.put(prefix + "Note", blankToNull(result.note()));
        variables.put(prefix + "ReportedBy", caller);
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(dossierCode)
                    .setVariables(variables).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Hồ sơ " + dossierCode + " không chờ kết quả từ " + agencies.name(agency));
        }
        return agency;
    }

    private String agencyOf(String requested, Collection<String> callerGroups) {
        List<String> own = agencies.all().stream().map(OrganisationProperties.Unit::id)
                .filter(callerGroups::contains).toList();
        if (requested != null && !requested.isBlank()) {
            if (!own.contains(requested)) {
                throw new InvalidRequestException("Tài khoản không thuộc cơ quan \"" + requested + "\"");
            }
            return requested;
        }
        if (own.size() != 1) {
            throw new InvalidRequestException("Cần ghi rõ cơ quan trả kết quả (trường agency)");
        }
        return own.get(0);
    }

    private static void validate(AgencyResult result) {
        if (result == null || result.outcome() == null || !OUTCOMES.contains(result.outcome())) {
            throw new InvalidRequestException("Kết quả (outcome) phải là COMPLETED (đã giải quyết) hoặc REFUSED (từ chối)");
        }
        if ("REFUSED".equals(result.outcome()) && blankToNull(result.note()) == null) {
            throw new InvalidRequestException("Từ chối giải quyết: cần ghi rõ lý do (note)");
        }
        if (result.reference() != null && result.reference().length() > 100) {
            throw new InvalidRequestException("Số kết quả (reference) dài quá 100 ký tự");
        }
        if (result.note() != null && result.note().length() > 2000) {
            throw new InvalidRequestException("Ghi chú (note) dài quá 2000 ký tự");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
