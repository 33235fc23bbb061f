package org.readtrack.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

class PayloadTooLargeException extends ErrorResponseException {

    PayloadTooLargeException(DataSize limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + limit.toBytes() + " bytes."), null);
    }
}
