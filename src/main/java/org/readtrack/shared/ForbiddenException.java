package org.readtrack.shared;

/**
 * The caller may not do this, for a reason the answer should give (registration is closed, or needs an
 * invitation): a 403 whose detail is this message, unlike the security layer's generic one.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail, null, false, false);
    }
}
