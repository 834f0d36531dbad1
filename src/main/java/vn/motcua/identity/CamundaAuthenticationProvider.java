package vn.motcua.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Our own endpoints use the same users, passwords and groups as the Camunda webapps, so a commune
 * manages one set of accounts. Password checks go through the engine, which keeps login throttling on.
 * Authorities: {@code GROUP_<id>} per group and {@code ROLE_<role>} per organisational role
 * ({@code ROLE_ADMIN} for camunda-admin).
 */
@Component
class CamundaAuthenticationProvider implements AuthenticationProvider {

    /** Not one of the organisational {@link Role}s: the Camunda administrators' group has it. */
    static final String ADMIN_ROLE = "ADMIN";

    private final IdentityService identityService;
    private final Map<String, Role> roleByGroup;

    CamundaAuthenticationProvider(IdentityService identityService, OrganisationProperties organisation) {
        this.identityService = identityService;
        this.roleByGroup = organisation.units().stream()
                .collect(Collectors.toMap(OrganisationProperties.Unit::id, OrganisationProperties.Unit::role));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng");
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authoritiesOf(userId));
    }

    List<GrantedAuthority> authoritiesOf(String userId) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
            authorities.add(new SimpleGrantedAuthority("GROUP_" + group.getId()));
            if (Groups.CAMUNDA_ADMIN.equals(group.getId())) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + ADMIN_ROLE));
            }
            Role role = roleByGroup.get(group.getId());
            if (role != null) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            }
        }
        return authorities.stream().distinct().toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
