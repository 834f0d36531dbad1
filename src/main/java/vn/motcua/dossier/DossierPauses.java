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
    static final String WITHDRAW_MESSAGE = "dossier-withdraw";
    static final String CANCEL_MESSAGE = "dossier-cancel";

    private final DossierRepository dossiers;
    private final RuntimeService runtime;
    private final DossierReaders readers;

    DossierPauses(DossierRepository dossiers, RuntimeService runtime, DossierReaders readers) {
        this.dossiers = dossiers;
        this.runtime = runtime;
        this.readers = readers;
    }

    /**
     * @param groups      the caller's groups: a unit may only pause the dossiers it is processing
     * @param deskOrAdmin the desk and administrators may pause any
     */
    @Transactional
    public Dossier pause(String code, PauseReason reason, String note, String user, Collection<String> groups,
                         boolean deskOrAdmin) {
        Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + code));
        if (!deskOrAdmin && !groups.contains(readers.processingUnit(dossier))) {
            throw new AccessDeniedException("not the processing unit");
        }
        if (dossier.status() != DossierStatus.IN_PROGRESS) {
            throw new ConflictException("Hồ sơ " + code + " đang ở trạng thái \"" + dossier.status().label()
                    + "\", chỉ tạm dừng được khi đang xử lý");
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

    /** The applicant asks to stop (form 05), or the dossier is cancelled; both are final. */
    @Transactional
    public Dossier stop(String code, boolean withdrawal, String reason, String user) {
        Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + code));
        if (dossier.status().isFinal() || dossier.status() == DossierStatus.RESULT_READY) {
            throw new ConflictException("Hồ sơ " + code + " đang ở trạng thái \"" + dossier.status().label()
                    + "\", không thể " + (withdrawal ? "dừng giải quyết" : "hủy"));
        }
        runtime.createMessageCorrelation(withdrawal ? WITHDRAW_MESSAGE : CANCEL_MESSAGE).processInstanceBusinessKey(code)
                .setVariables(Map.of("stopReason", reason, "stopRequestedBy", user))
                .correlateExclusively();
        return dossiers.findByCode(code).orElseThrow();
    }
}
