package org.readtrack.shared;

/** What was asked for does not exist, or is not the caller's to see (which must look the same). */
public class NotFoundException extends RuntimeException {

    public static final String NOT_FOUND = "Not found.";

    public NotFoundException() {
        this(NOT_FOUND);
    }

    public NotFoundException(String detail) {
        super(detail, null, false, false);
    }
}
