package org.readtrack.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request is valid but clashes with what is stored (a duplicate, or a delete that would orphan data). */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ConflictException(String detail) {
        super(detail, null, false, false);
    }

    /** A value that must be unique is taken: the field is named in {@code errors}, as validation names it. */
    public static ConflictException onField(String field, String message) {
        return new ConflictException(message).with("errors", Map.of(field, List.of(message)));
    }

    /** Adds a member to what the client is told, such as {@code existing_id}. */
    public ConflictException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }
}
