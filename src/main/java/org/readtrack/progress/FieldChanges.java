package org.readtrack.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.readtrack.shared.ControlCharacters;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
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
        return entry(fields);
    }

    /**
     * The entry a tree of its fields describes. The mapper's strings refuse control characters, as a request's
     * must; an entry stored before files were cleaned of them may hold some, which go here instead of failing.
     */
    ProgressRequest entry(ObjectNode fields) {
        return json.treeToValue(withoutControlCharacters(fields), ProgressRequest.class);
    }

    private JsonNode withoutControlCharacters(JsonNode node) {
        if (node.isString()) {
            String text = node.stringValue();
            String kept = ControlCharacters.removedFrom(text);
            return kept.equals(text) ? node : json.getNodeFactory().stringNode(kept);
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> field.setValue(withoutControlCharacters(field.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withoutControlCharacters(array.get(i)));
            }
        }
        return node;
    }

    /**
     * The changes as the history shows them. Read from the tree as it is rather than through the mapper, whose
     * strings refuse what a request may not send (a control character) but an older stored entry may hold.
     */
    Map<String, List<Object>> asMap(ObjectNode changes) {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : changes.properties()) {
            List<Object> pair = new ArrayList<>();
            field.getValue().values().forEach(value -> pair.add(plain(value)));
            values.put(field.getKey(), pair);
        }
        return values;
    }

    private static Object plain(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.numberValue() : value.doubleValue();
        }
        List<Object> items = new ArrayList<>();
        value.values().forEach(item -> items.add(plain(item)));
        return items;
    }
}
