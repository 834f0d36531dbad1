package vn.motcua.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that are the system's doing, not the officer's (a follow-up process opened by an
 * event), without the officer's authorization checks, and gives the officer's identity back after.
 */
@Component
public class SystemActions {

    private final IdentityService identityService;

    SystemActions(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    public <T> T call(Supplier<T> action) {
        Authentication officer = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (officer != null) {
                identityService.setAuthentication(officer);
            }
        }
    }
}
