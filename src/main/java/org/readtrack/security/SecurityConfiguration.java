package org.readtrack.security;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.readtrack.web.HttpProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Stateless bearer-token security. Reading the catalog needs any account, changing it needs an admin;
 * a caller's own progress needs only an account. Failures are handed to Spring MVC's exception
 * resolvers so that they come out as the same problem responses as every other error.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] CATALOG = {"/api/categories", "/api/categories/**", "/api/contents",
            "/api/contents/**", "/api/chapters", "/api/chapters/**"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder accessTokenDecoder,
            Converter<Jwt, AbstractAuthenticationToken> callerFromToken,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver,
            @Value("${management.server.port:}") Integer managementPort) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) ->
                resolver.resolveException(request, response, null, e);
        AccessDeniedHandler forbidden = (request, response, e) -> resolver.resolveException(request, response, null, e);
        http
                // bearer tokens are not sent by browsers on their own, so there is nothing for CSRF to forge
                .csrf(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests
                        // the request was authorized when it arrived; these dispatches only deliver its answer
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        // a separate management port is internal by deployment: metrics there need no token
                        .requestMatchers(request -> managementPort != null
                                && request.getLocalPort() == managementPort).permitAll()
                        // every method, so that a wrong one is answered 405 rather than "log in first"
                        .requestMatchers("/api/auth/register", "/api/auth/login", "/api/auth/refresh").permitAll()
                        .requestMatchers("/api/schema", "/api/schema/**", "/api/schema.yaml", "/api/docs", "/api/docs/**",
                                "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/api/users", "/api/users/**").hasRole("ADMIN")
                        .requestMatchers("/api/contents/*/progress").authenticated()
                        .requestMatchers(HttpMethod.GET, CATALOG).authenticated()
                        .requestMatchers(HttpMethod.HEAD, CATALOG).authenticated()
                        .requestMatchers(HttpMethod.OPTIONS, CATALOG).authenticated()
                        .requestMatchers(CATALOG).hasRole("ADMIN")
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(accessTokenDecoder).jwtAuthenticationConverter(callerFromToken))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    /**
     * Spring Security would otherwise wrap each of its filters in a Micrometer observation: a measurable
     * share of every request's CPU for detail that the per-endpoint HTTP timings already give.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(HttpProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.corsOrigins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(properties.corsOrigins());
            cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
            cors.setExposedHeaders(List.of("Retry-After", "WWW-Authenticate"));
            cors.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", cors);
        }
        return source;
    }
}
