package org.readtrack.web;

import org.readtrack.shared.CallerZone;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** A {@link CallerZone} parameter of a controller method, from the request's {@code Time-Zone} header. */
class CallerZoneResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CallerZone.class;
    }

    @Override
    public CallerZone resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return CallerZone.of(request.getHeader(CallerZone.HEADER));
    }
}
