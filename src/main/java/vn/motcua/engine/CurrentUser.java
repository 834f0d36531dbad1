package vn.motcua.engine;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who the engine is acting for in this request (set by the REST and webapp authentication filters). */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public Optional<String> id() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return Optional.ofNullable(authentication).map(Authentication::getUserId);
    }
}
