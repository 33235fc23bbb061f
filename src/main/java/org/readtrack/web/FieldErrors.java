package org.readtrack.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects messages per field (snake_case, as on the wire) and fails with all of them at once. */
public final class FieldErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(this);
        }
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(new FieldErrors().add(field, message));
    }

    Map<String, List<String>> asMap() {
        return Map.copyOf(errors);
    }
}
