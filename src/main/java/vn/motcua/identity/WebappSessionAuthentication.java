package vn.motcua.identity;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Single sign-on from the Camunda webapps: staff who logged in to Tasklist or Cockpit are logged in
 * on our pages ({@code /mot-cua/**}) and our API with the same session, so a task form can link to a
 * page of ours. The session is only trusted for state-changing requests that carry
 * {@code X-Requested-With: XMLHttpRequest}, a header a cross-site form cannot set (CSRF).
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

    static final String AJAX_HEADER = "X-Requested-With";
    static final String AJAX_VALUE = "XMLHttpRequest";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ProcessEngine engine;
    private final CamundaAuthenticationProvider provider;

    WebappSessionAuthentication(ProcessEngine engine, CamundaAuthenticationProvider provider) {
        this.engine = engine;
        this.provider = provider;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The webapps and the engine REST API run their own authentication.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/camunda/") || path.startsWith("/engine-rest/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean sessionTrusted = SAFE_METHODS.contains(request.getMethod())
                || AJAX_VALUE.equals(request.getHeader(AJAX_HEADER));
        if (sessionTrusted && request.getHeader("Authorization") == null
                && SecurityContextHolder.getContext().getAuthentication() == null) {
            webappUser(request.getSession(false)).ifPresent(userId -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null,
                        provider.authoritiesOf(userId)));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }

    private Optional<String> webappUser(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return Optional.ofNullable(authentications)
                .map(all -> all.getAuthenticationForProcessEngine(engine.getName()))
                .map(Authentication::getName);
    }
}
