package org.readtrack.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.readtrack.database.ConstraintViolations;
import org.readtrack.database.DatabaseFailure;
import org.readtrack.database.DatabaseOutage;
import org.readtrack.shared.BusyException;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.ForbiddenException;
import org.readtrack.shared.FieldNames;
import org.readtrack.shared.InvalidInputException;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.ThrottledException;
import org.readtrack.shared.TooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become RFC 9457 problem responses. Client mistakes get a 4xx that says
 * what to fix, field by field; anything unexpected is logged here and answered with a bare 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final DatabaseOutage outage;

    ProblemDetailsAdvice(DatabaseOutage outage) {
        this.outage = outage;
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex, WebRequest request) {
        String challenge = ex instanceof OAuth2AuthenticationException ? "Bearer error=\"invalid_token\"" : "Bearer";
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        String detail;
        if (ex instanceof OAuth2AuthenticationException) {
            detail = "The access token is missing, invalid or expired.";
        } else if (ex instanceof InsufficientAuthenticationException) {
            // no credentials at all; Spring Security's own wording would reach the client otherwise
            detail = "Authentication credentials were not provided.";
        } else {
            detail = ex.getMessage();
        }
        return problem(HttpStatus.UNAUTHORIZED, detail, headers, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException ex, WebRequest request) {
        return problem(HttpStatus.FORBIDDEN, "You do not have permission to perform this action.",
                new HttpHeaders(), request);
    }

    /** What a service reports: not found, forbidden, conflict, invalid input, throttled, busy. */
    @ExceptionHandler({NotFoundException.class, ForbiddenException.class, ConflictException.class,
            InvalidInputException.class, ThrottledException.class, BusyException.class, TooLargeException.class})
    ResponseEntity<Object> serviceFailure(RuntimeException ex, WebRequest request) {
        ErrorResponseException response = Problems.of(ex);
        return handleErrorResponseException(response, response.getHeaders(), response.getStatusCode(), request);
    }

    /** A constraint violation here is a race that a service's own checks could not see coming. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        DatabaseFailure failure = DatabaseFailure.of(ex);
        if (failure != null) {
            return databaseFailure(failure, ex, request);
        }
        if (ConstraintViolations.isConstraintViolation(ex)) {
            return problem(HttpStatus.CONFLICT, "The request conflicts with existing data.", new HttpHeaders(),
                    request);
        }
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.", new HttpHeaders(),
                request);
    }

    /**
     * 503 with {@code Retry-After}, and one line in the log: an outage is logged once by {@link DatabaseOutage}
     * (a stack trace per request would bury everything else), a statement that ran too long once per request.
     */
    private ResponseEntity<Object> databaseFailure(DatabaseFailure failure, Exception ex, WebRequest request) {
        if (failure == DatabaseFailure.UNAVAILABLE) {
            outage.report(ex);
        } else if (failure == DatabaseFailure.TIMED_OUT) {
            log.warn("A statement ran past the statement timeout on {}", request.getDescription(false));
        }
        ErrorResponseException response = DatabaseFailureProblems.of(failure);
        return handleErrorResponseException(response, response.getHeaders(), response.getStatusCode(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.computeIfAbsent(snake(error.getField()), f -> new ArrayList<>()).add(message(error));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.computeIfAbsent("non_field_errors", f -> new ArrayList<>()).add(message(error)));
        return handleExceptionInternal(ex, Problems.invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error ->
                    errors.computeIfAbsent(snake(String.valueOf(name)), f -> new ArrayList<>()).add(message(error)));
        });
        return handleExceptionInternal(ex, Problems.invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, Problems.invalid(Map.of(ex.getParameterName(),
                List.of("This field is required."))), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (ex instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            // /api/contents/abc/ names no resource, exactly like an id that does not exist
            return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found."),
                    headers, HttpStatus.NOT_FOUND, request);
        }
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : String.valueOf(ex.getPropertyName());
        String message = ValueMessages.expected(ex.getRequiredType(), ex.getValue());
        return handleExceptionInternal(ex, Problems.invalid(Map.of(name, List.of(message))), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** A request without a Content-Type is told which to send, rather than that type "null" is not supported. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request.getHeader(HttpHeaders.CONTENT_TYPE) == null && !ex.getSupportedMediaTypes().isEmpty()) {
            ex.getBody().setDetail("A Content-Type header is required: " + ex.getSupportedMediaTypes().stream()
                    .map(MediaType::toString).collect(Collectors.joining(", ")) + ".");
        }
        return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
    }

    /**
     * A raw-body endpoint (an image upload) reads the Content-Type as a header, and Spring checks its
     * {@code consumes} only when a body came (the body is optional there, so that an empty one is an invalid
     * image): sent with neither, the request reached the handler and was told a header was missing (400). It is
     * answered as a body without a Content-Type is: 415, naming the types the endpoint takes.
     */
    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing && request instanceof ServletWebRequest servlet
                && HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(missing.getHeaderName())) {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(
                    missing.getParameter().getExecutable(), RequestMapping.class);
            if (mapping != null && mapping.consumes().length > 0) {
                HttpMediaTypeNotSupportedException unsupported = new HttpMediaTypeNotSupportedException(null,
                        MediaType.parseMediaTypes(List.of(mapping.consumes())), servlet.getHttpMethod());
                return handleHttpMediaTypeNotSupported(unsupported, unsupported.getHeaders(),
                        unsupported.getStatusCode(), request);
            }
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    /** An unknown path says so, without naming Spring's fallback to static files (once "No static resource api."). */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ex.getBody().setDetail("Not found.");
        return super.handleNoResourceFoundException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            ErrorResponseException response = cause instanceof ErrorResponseException own ? own : Problems.of(cause);
            if (response != null) {
                return handleErrorResponseException(response, response.getHeaders(), response.getStatusCode(),
                        request);
            }
        }
        ProblemDetail body;
        if (ex.getCause() instanceof FieldErrorsModule.InvalidFields fields) {
            body = Problems.invalid(fields.errors());
        } else if (ex.getCause() instanceof JacksonException problem && !problem.getPath().isEmpty()
                && (problem instanceof MismatchedInputException || problem instanceof InputCoercionException)) {
            // a value FieldErrorsModule did not read itself
            body = Problems.invalid(Map.of(FieldErrorsModule.path(problem), List.of(ValueMessages.of(problem))));
        } else if (ex.getCause() instanceof StreamReadException parse) {
            body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Malformed JSON"
                    + (parse.getLocation() == null ? "." : " at line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + "."));
        } else if (ex.getCause() instanceof JacksonException) {
            body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The request body must be a JSON object with the documented fields.");
        } else {
            body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "A JSON request body is required.");
        }
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Every problem names its type; "about:blank" says the status code is all there is to know. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() == null) {
            problem.setType(Problems.ABOUT_BLANK);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, HttpHeaders headers,
            WebRequest request) {
        ResponseEntity<Object> response = handleExceptionInternal(new ErrorResponseException(status),
                ProblemDetail.forStatusAndDetail(status, detail), headers, status, request);
        return response != null ? response : ResponseEntity.status(status).build();
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "Invalid value." : error.getDefaultMessage();
    }

    private static String snake(String name) {
        return FieldNames.snake(name);
    }
}
