package org.readtrack.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects messages per field (snake_case, as on the wire) and fails with all of them at once. */
public final class FieldErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    /** A message said once per field, however many items of a list it applies to. */
    public FieldErrors add(String field, String message) {
        List<String> messages = errors.computeIfAbsent(field, f -> new ArrayList<>());
        if (!messages.contains(message)) {
            messages.add(message);
        }
        return this;
    }

    /** Another collection's messages too, so that checks of several objects fail together. */
    public FieldErrors addAll(FieldErrors other) {
        other.errors.forEach((field, messages) -> messages.forEach(message -> add(field, message)));
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
            throw new InvalidInputException(asMap());
        }
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(new FieldErrors().add(field, message).asMap());
    }

    /** A reference to a row that does not exist, in a body: {@code "content": 99}. */
    public static InvalidInputException unknownReference(String field, Object id) {
        return of(field, "Invalid pk \"" + id + "\" - object does not exist.");
    }

    /** A filter naming a parent that does not exist: {@code ?content=99}. A mistake, not an empty list. */
    public static InvalidInputException unknownChoice(String field) {
        return of(field, "Select a valid choice. That choice is not one of the available choices.");
    }

    private Map<String, List<String>> asMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
