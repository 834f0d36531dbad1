package vn.motcua.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Every HTTP surface needs a login except what an issue names public (the calendar, health).
 * The Camunda webapps authenticate with their own session login; /engine-rest with HTTP Basic
 * through Camunda's filter; our own /api and staff pages through Spring Security, backed by the
 * same Camunda users: HTTP Basic for systems, the webapps' session for staff in a browser.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** Our own staff pages (intake, catalogue, KPIs, auditor view): HTML, signed in through the webapps. */
    static final String STAFF_PAGES_PATTERN = "/mot-cua/**";
    private static final RequestMatcher STAFF_PAGES = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.GET, STAFF_PAGES_PATTERN);
    private static final String LOGIN_PAGE = "/camunda/app/welcome/default/#!/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaAuthenticationProvider provider,
                                            ProcessEngine engine) throws Exception {
        http
                .addFilterBefore(new WebappSessionAuthentication(engine, provider), BasicAuthenticationFilter.class)
                // Our API: HTTP Basic, or the webapps' session with the AJAX header (WebappSessionAuthentication),
                // so no CSRF token; the Camunda webapps run their own CSRF protection.
                .csrf(csrf -> csrf.disable())
                // The webapps' session authenticates every request anew (nothing is stored in our stateless chain):
                // without this, each request would change the session id and parallel requests of a page would
                // arrive with an id that no longer exists (401).
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .authenticationProvider(provider)
                .authorizeHttpRequests(requests -> requests
                        // Camunda's REST filter lets the engine list through without a login; we do not.
                        .requestMatchers("/engine-rest/engine", "/engine-rest/engine/").authenticated()
                        .requestMatchers("/camunda/**", "/engine-rest/**").permitAll()
                        // Before the public calendar rule, which would otherwise match it: it names process instances.
                        .requestMatchers(HttpMethod.GET, "/api/calendar/revisions", "/api/calendar/revisions/**")
                        .hasAnyRole(Role.MANAGER.name(), Role.AUDITOR.name(), Role.LEADER.name(),
                                CamundaAuthenticationProvider.ADMIN_ROLE)
                        .requestMatchers(HttpMethod.GET, "/api/calendar/**", "/lich/**").permitAll()
                        // The auditor's view is read-only for everyone: no write exists, and none may be added by mistake.
                        .requestMatchers(HttpMethod.GET, "/api/iso/**", "/mot-cua/kiem-tra", "/mot-cua/kiem-tra/**")
                        .hasAnyRole(Role.AUDITOR.name(), Role.MANAGER.name(), Role.LEADER.name(),
                                CamundaAuthenticationProvider.ADMIN_ROLE)
                        .requestMatchers("/api/iso/**", "/mot-cua/kiem-tra/**").denyAll()
                        // Checked before the body is validated, so others learn nothing from validation errors.
                        .requestMatchers(HttpMethod.POST, "/api/dossiers")
                        .hasAnyRole(Role.PORTAL.name(), Role.DESK.name(), CamundaAuthenticationProvider.ADMIN_ROLE)
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Issue #10: citizens' lookup, rating and signature check; each limits what it reveals.
                        .requestMatchers("/api/public/**", "/tra-cuu", "/tra-cuu/**", "/danh-gia", "/danh-gia/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/cong-dan/**").permitAll()
                        // Reform KPIs as Prometheus gauges (issue #7): the managers' monitoring and the administrator.
                        .requestMatchers("/actuator/prometheus")
                        .hasAnyRole(Role.MANAGER.name(), CamundaAuthenticationProvider.ADMIN_ROLE)
                        // The KPI page (issue #7): the same readers as /api/kpi.
                        .requestMatchers(HttpMethod.GET, "/mot-cua/chi-so", "/mot-cua/chi-so/**")
                        .hasAnyRole(Role.MANAGER.name(), Role.LEADER.name(), Role.AUDITOR.name(),
                                CamundaAuthenticationProvider.ADMIN_ROLE)
                        .requestMatchers("/", "/error", "/favicon.ico").permitAll()
                        // Auditors change nothing anywhere (ISO 19011 independence): refused before the request
                        // body is even validated, so an auditor's write is always 403, never 400.
                        .requestMatchers(SecurityConfiguration::isWrite)
                        .access(AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
                                AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(Role.AUDITOR.name()))))
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::askForLogin))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            if (STAFF_PAGES.matches(request)) {
                                // A browser without a session signs in through the webapps first.
                                response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
                            } else {
                                askForLogin(request, response, e);
                            }
                        })
                        .accessDeniedHandler((request, response, e) ->
                        writeError(response, HttpServletResponse.SC_FORBIDDEN,
                                "Tài khoản của bạn không có quyền sử dụng chức năng này")));
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-auth");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    private static boolean isWrite(HttpServletRequest request) {
        return !Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod());
    }

    private static void askForLogin(HttpServletRequest request, HttpServletResponse response,
                                    AuthenticationException e) throws IOException {
        // A page's script handles the 401 itself; the header would make the browser pop up its own login box.
        if (!WebappSessionAuthentication.AJAX_VALUE.equals(request.getHeader(WebappSessionAuthentication.AJAX_HEADER))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"MotCua\", charset=\"UTF-8\"");
        }
        writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "Cần đăng nhập để sử dụng chức năng này");
    }

    private static void writeError(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
    }
}
