package org.readtrack.web;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * JSON only. By default Spring also registers a YAML converter built on the Jackson 2 that swagger-core
     * brings along: it would answer {@code Accept: application/yaml} with a mapper configured unlike the API's
     * own, and it introspects every response type with Jackson 2 on the way.
     */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.disableDefaults().addCustomConverter(new ByteArrayHttpMessageConverter());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageQueryResolver());
        resolvers.add(new CallerZoneResolver());
    }

    /** First of all: everything after it, the access log included, sees the client's own address. */
    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(ProxyProperties proxies) {
        var registration = new FilterRegistrationBean<>(new ClientAddressFilter(proxies));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Next, so that everything logged about a request carries its id. */
    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
        var registration = new FilterRegistrationBean<>(new RequestLogFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * DRF clients call {@code /api/contents/}; Spring Framework 7 maps {@code /api/contents} only. Stripping
     * the slash before anything else (security included) sees the request makes both forms one.
     */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        var registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestGuardFilter> requestGuardFilter(HttpProperties properties, WorkLimiter workers,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        var registration = new FilterRegistrationBean<>(new RequestGuardFilter(properties, workers, resolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    /** Right after the request guard, before Spring Security (-100), whose filters read the caller's account. */
    @Bean
    FilterRegistrationBean<DatabaseFailureFilter> databaseFailureFilter(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        var registration = new FilterRegistrationBean<>(new DatabaseFailureFilter(resolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
        return registration;
    }

    /**
     * Strict JSON: a fraction is not an id, a null is not a number, a number is not a date or a yes/no (Jackson
     * took {@code {"favorite": 11}} as true) and a yes/no is not text, blank text is not a number (Jackson read {@code ""}, {@code " "} and
     * {@code "\u0000"} as no score at all, and cleared it), and text may not hide NUL characters.
     * A field missing from the body becomes a null {@code Optional}, not an empty one (Jackson 3's default),
     * so that PATCH records can tell a field left out from a field sent as JSON null. Instants are written as
     * before, only faster ({@link IsoInstantSerializer}).
     */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .enable(DeserializationFeature.USE_NULL_FOR_MISSING_REFERENCE_VALUES)
                // a choice is named, never numbered: {"role": 1} must not mean the second constant
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withCoercionConfig(LogicalType.Boolean, refuse -> refuse.setCoercion(CoercionInputShape.Integer,
                        CoercionAction.Fail))
                // nor a yes/no text: {"last_chapter": true} was stored as "true" (the original API: not a valid string)
                .withCoercionConfig(LogicalType.Textual, refuse -> refuse.setCoercion(CoercionInputShape.Boolean,
                        CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, WebConfiguration::refuseBlankText)
                .withCoercionConfig(LogicalType.Float, WebConfiguration::refuseBlankText)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new StrictStringsModule())
                .addModule(new FieldErrorsModule())
                .addModule(new CalendarDatesModule())
                .addModule(new SimpleModule("instants").addSerializer(Instant.class, new IsoInstantSerializer()));
    }

    /** Text where a number belongs is still read as that number ({@code "8.5"}), but only if it holds one. */
    private static void refuseBlankText(MutableCoercionConfig numbers) {
        numbers.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail).setAcceptBlankAsEmpty(false);
    }
}
