package org.readtrack.security;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.readtrack.web.HttpProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.servlet.HandlerExceptionResolver;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Stateless bearer-token security: an access token or a personal API token, within its scope
 * ({@link PersonalTokenLimits}). Reading the catalog needs any account, changing it needs a moderator;
 * a caller's own progress needs only an account. Failures are handed to Spring MVC's exception
 * resolvers so that they come out as the same problem responses as every other error.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Requests that came in through the separate management server (Spring Boot's child context, which this
     * chain also guards), to its endpoints. Recognised by the server rather than by port number, which is
     * only known once the server has started (port 0).
     */
    private static final RequestMatcher ACTUATOR_ON_MANAGEMENT_SERVER = new AndRequestMatcher(
            pathPattern("/actuator/**"), SecurityConfiguration::onManagementServer);

    private static final String[] CATALOG = {"/api/categories", "/api/categories/**", "/api/contents",
            "/api/contents/**", "/api/chapters", "/api/chapters/**"};

    /**
     * What the web app's pages may load: only their own files and the API, so that a script slipped into a title
     * or a note could neither run nor send anything elsewhere. Inline styles are allowed: the toasts and the
     * charts set them.
     */
    static final String WEB_APP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'; manifest-src 'self'; worker-src 'self'";

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder accessTokenDecoder,
            Converter<Jwt, AbstractAuthenticationToken> callerFromToken, PersonalTokenVerifier personalTokens,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver,
            @Value("${management.server.port:}") Integer managementPort, @Value("${server.port:8080}") int port)
            throws Exception {
        requireSeparateManagementPort(managementPort, port);
        AuthenticationEntryPoint unauthenticated = (request, response, e) ->
                resolver.resolveException(request, response, null, e);
        AccessDeniedHandler forbidden = (request, response, e) -> resolver.resolveException(request, response, null, e);
        BearerTokens bearerTokens = new BearerTokens(accessTokenDecoder, callerFromToken, personalTokens);
        http
                // bearer tokens are not sent by browsers on their own, so there is nothing for CSRF to forge
                .csrf(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                // no address of this server leaks to the sites that readers' links open
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        SecurityConfiguration::isWebAppFile,
                        new StaticHeadersWriter("Content-Security-Policy", WEB_APP_POLICY))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests
                        // the request was authorized when it arrived; these dispatches only deliver its answer
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        // a separate management port is internal by deployment: metrics there need no token
                        .requestMatchers(ACTUATOR_ON_MANAGEMENT_SERVER).permitAll()
                        // every method, so that a wrong one is answered 405 rather than "log in first"
                        .requestMatchers("/api/auth/register", "/api/auth/register/check", "/api/auth/login",
                                "/api/auth/refresh").permitAll()
                        .requestMatchers("/api/auth/password/reset", "/api/auth/password/reset/confirm",
                                "/api/auth/password/reset/check", "/api/config")
                        .permitAll()
                        .requestMatchers("/api/schema", "/api/schema/**", "/api/schema.yaml", "/api/docs", "/api/docs/**",
                                "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // images for <img> tags, which send no token; only read there (other methods: 405)
                        .requestMatchers("/media/**").permitAll()
                        // the web app's page and files: the page asks for a token itself
                        .requestMatchers(SecurityConfiguration::isWebAppFile).permitAll()
                        .requestMatchers("/api/users", "/api/users/**").hasRole("ADMIN")
                        .requestMatchers("/api/stats").hasRole("ADMIN")
                        .requestMatchers("/api/invitations", "/api/invitations/**").hasRole("ADMIN")
                        .requestMatchers("/api/contents/*/progress", "/api/contents/*/readers").authenticated()
                        .requestMatchers("/api/suggestions/*/approve", "/api/suggestions/*/reject",
                                "/api/suggestions/*/merge").hasRole("MODERATOR")
                        .requestMatchers(HttpMethod.GET, CATALOG).authenticated()
                        .requestMatchers(HttpMethod.HEAD, CATALOG).authenticated()
                        .requestMatchers(HttpMethod.OPTIONS, CATALOG).authenticated()
                        .requestMatchers(CATALOG).hasRole("MODERATOR")
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .addFilterAfter(new CallerLoggingFilter(), BearerTokenAuthenticationFilter.class)
                .addFilterBefore(new PersonalTokenLimits(), AuthorizationFilter.class)
                .oauth2ResourceServer(server -> server
                        // an access token (JWT) or a personal API token, told apart by the latter's prefix
                        .authenticationManagerResolver(request -> bearerTokens)
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    /**
     * On the same port, "the management port" would be every port: refused, rather than exposing the API or
     * silently putting the metrics behind a token the scraper does not have.
     */
    static void requireSeparateManagementPort(Integer managementPort, int port) {
        if (managementPort != null && managementPort != 0 && managementPort == port) {
            throw new InvalidConfigurationPropertyValueException("management.server.port", managementPort,
                    "READTRACK_MANAGEMENT_PORT must differ from PORT (" + port + "): it is the internal port where"
                            + " /actuator is served without a token; leave it unset to serve /actuator on PORT"
                            + " for administrators only");
        }
    }

    /**
     * Spring Security would otherwise wrap each of its filters in a Micrometer observation: a measurable
     * share of every request's CPU for detail that the per-endpoint HTTP timings already give.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    private static boolean isWebAppFile(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (method.equals("GET") || method.equals("HEAD"))
                && !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/actuator")
                // the internal management port serves the actuator alone
                && !onManagementServer(request);
    }

    private static boolean onManagementServer(HttpServletRequest request) {
        return WebServerApplicationContext.hasServerNamespace(
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()), "management");
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(HttpProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.corsOrigins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(properties.corsOrigins());
            cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            // Time-Zone: the day the dates an entry gets by itself are set to (CallerZone)
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Time-Zone"));
            cors.setExposedHeaders(List.of("Retry-After", "WWW-Authenticate"));
            cors.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", cors);
        }
        return source;
    }
}
