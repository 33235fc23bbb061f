package org.readtrack.web;

import java.net.URI;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (in a filter, or by the servlet container) are forwarded here; they get
 * the same problem body as everything else instead of Boot's default error map.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        ProblemDetail problem;
        boolean forwarded = request.getDispatcherType() == DispatcherType.ERROR;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ErrorResponse response = failure instanceof ErrorResponse own ? own
                : failure instanceof Throwable thrown ? Problems.of(thrown) : null;
        if (!forwarded) {
            // asked for by name, "/error" is just a path that names nothing (it answered 500)
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found.");
        } else if (response != null) {
            problem = response.getBody();
        } else {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                    ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
            problem = ProblemDetail.forStatusAndDetail(status,
                    status.is5xxServerError() ? "An unexpected error occurred." : status.getReasonPhrase() + ".");
        }
        if (problem.getType() == null) {
            problem.setType(Problems.ABOUT_BLANK);
        }
        Object path = forwarded ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
        if (path instanceof String uri) {
            try {
                problem.setInstance(URI.create(uri));
            } catch (IllegalArgumentException e) {
                // a path the container let through but URI refuses; the problem is complete without it
            }
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
