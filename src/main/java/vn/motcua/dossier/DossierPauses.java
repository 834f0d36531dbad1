package vn.motcua.dossier;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.deadline.PauseReason;
import vn.motcua.web.ConflictException;
import vn.motcua.web.NotFoundException;

/** A unit asks the applicant for more while processing: the dossier's clock stops until the desk resumes it. */
@Service
public class DossierPauses {

    static final String PAUSE_MESSAGE = "dossier-pause";

    private final DossierRepository dossiers;
    private final RuntimeService runtime;

    DossierPauses(DossierRepository dossiers, RuntimeService runtime) {
        this.dossiers = dossiers;
        this.runtime = runtime;
    }

    /**
     * @param groups the caller's groups: a unit may only pause the dossiers it is processing;
     *               the desk ({@code desk}) and administrators may pause any
     */
    @Transactional
    public Dossier pause(String code, PauseReason reason, String note, String user, Collection<String> groups) {
        Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + code));
        Object unit = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(DossierIntake.FRAME_PROCESS).list().stream().findFirst()
                .map(instance -> runtime.getVariable(instance.getId(), "processingUnit")).orElse(null);
        if (!groups.contains(unit) && !groups.contains("desk") && !groups.contains("camunda-admin")) {
            throw new AccessDeniedException("not the processing unit");
        }
        try {
            runtime.createMessageCorrelation(PAUSE_MESSAGE).processInstanceBusinessKey(code)
                    .setVariables(Map.of("pauseReason", reason.name(), "pauseNote", note == null ? "" : note,
                            "pauseRequestedBy", user))
                    .correlateExclusively();
        } catch (MismatchingMessageCorrelationException notBeingProcessed) {
            throw new ConflictException("Hồ sơ " + code + " không ở giai đoạn giải quyết nên không thể tạm dừng");
        }
        return dossiers.findByCode(code).orElseThrow();
    }
}
