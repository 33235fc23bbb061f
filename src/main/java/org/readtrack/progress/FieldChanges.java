package org.readtrack.progress;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The difference between two states of an entry, field by field under the names and in the form the API uses,
 * and the way back. Both go through the application's JSON mapper, so that history shows values exactly as
 * the entry did, and a value restored by an undo is read back as a client's would be.
 */
@Component
class FieldChanges {

    private final JsonMapper json;

    FieldChanges(JsonMapper json) {
        this.json = json;
    }

    /** {@code {field: [old, new]}} for each field that differs; for a new entry ({@code before} null), those
     * that differ from a new entry's defaults, and the content. */
    ObjectNode between(ProgressRequest before, ProgressRequest after) {
        ObjectNode old = json.valueToTree(before == null ? ProgressRequest.tracking(after.content()) : before);
        if (before == null) {
            old.putNull("content");
        }
        ObjectNode changed = json.valueToTree(after);
        ObjectNode changes = json.createObjectNode();
        for (Map.Entry<String, JsonNode> field : changed.properties()) {
            JsonNode previous = old.get(field.getKey());
            if (!field.getValue().equals(previous)) {
                changes.putArray(field.getKey()).add(previous).add(field.getValue());
            }
        }
        return changes;
    }

    /** {@code current} with each field of {@code changes} back at its old value. */
    ProgressRequest revert(ProgressRequest current, ObjectNode changes) {
        ObjectNode fields = json.valueToTree(current);
        for (Map.Entry<String, JsonNode> field : changes.properties()) {
            fields.set(field.getKey(), field.getValue().get(0));
        }
        return json.treeToValue(fields, ProgressRequest.class);
    }

    /** The changes as the history shows them. */
    Map<String, List<Object>> asMap(ObjectNode changes) {
        return json.convertValue(changes, new TypeReference<>() {
        });
    }
}
