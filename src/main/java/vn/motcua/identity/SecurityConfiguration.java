package vn.motcua.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every HTTP surface needs a login except what an issue names public (the calendar, health).
 * The Camunda webapps authenticate with their own session login; /engine-rest with HTTP Basic
 * through Camunda's filter; our own /api with HTTP Basic through Spring Security, backed by the
 * same Camunda users.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaAuthenticationProvider provider) throws Exception {
        http
                // Our API is stateless HTTP Basic; the Camunda webapps run their own CSRF protection.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationProvider(provider)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/camunda/**", "/engine-rest/**").permitAll()
                        // Before the public calendar rule, which would otherwise match it: it names process instances.
                        .requestMatchers(HttpMethod.GET, "/api/calendar/revisions", "/api/calendar/revisions/**")
                        .hasAnyRole(Role.MANAGER.name(), Role.AUDITOR.name(), Role.LEADER.name(),
                                CamundaAuthenticationProvider.ADMIN_ROLE)
                        .requestMatchers(HttpMethod.GET, "/api/calendar/**", "/lich/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Reform KPIs as Prometheus gauges (issue #7): the managers' monitoring and the administrator.
                        .requestMatchers("/actuator/prometheus")
                        .hasAnyRole(Role.MANAGER.name(), CamundaAuthenticationProvider.ADMIN_ROLE)
                        .requestMatchers("/", "/error", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"MotCua\", charset=\"UTF-8\"");
                    writeError(response, HttpServletResponse.SC_UNAUTHORIZED,
                            "Cần đăng nhập để sử dụng chức năng này");
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
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

    private static void writeError(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
    }
}
