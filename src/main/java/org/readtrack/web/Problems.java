package org.readtrack.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

final class Problems {

    static final String INVALID_INPUT = "Invalid input.";
    static final URI ABOUT_BLANK = URI.create("about:blank");

    private Problems() {
    }

    static ProblemDetail invalid(Map<String, List<String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, INVALID_INPUT);
        problem.setProperty("errors", errors);
        return problem;
    }
}
