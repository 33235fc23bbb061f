package org.readtrack.shared;

import java.util.List;
import java.util.Map;

/** Input that breaks the rules, with every broken rule by field (snake_case, as on the wire). */
public class InvalidInputException extends RuntimeException {

    private final Map<String, List<String>> errors;

    InvalidInputException(Map<String, List<String>> errors) {
        super("Invalid input: " + errors, null, false, false);
        this.errors = errors;
    }

    public Map<String, List<String>> errors() {
        return errors;
    }
}
