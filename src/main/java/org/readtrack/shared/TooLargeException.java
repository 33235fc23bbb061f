package org.readtrack.shared;

/** The input is larger than the service accepts (bytes, rows, or bytes once decompressed): a 413. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String detail) {
        super(detail, null, false, false);
    }
}
