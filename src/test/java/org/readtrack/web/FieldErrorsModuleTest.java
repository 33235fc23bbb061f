package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The module on its own, for what no request body reaches: parsers of trees, and a body of many wrong values. */
class FieldErrorsModuleTest {

    record Entry(Optional<List<String>> tags, Optional<Boolean> favorite) {
    }

    private final JsonMapper json = JsonMapper.builder().addModule(new StrictStringsModule())
            .addModule(new FieldErrorsModule()).build();

    /** A tree's parser keeps no nesting depth: an object refused where text belongs is skipped whole all the same. */
    @Test
    void aStructureRefusedInATreeIsSkippedWhole() {
        var tree = json.readTree("{\"tags\": [{\"a\": \"b\"}, \"kept\"], \"favorite\": \"x\"}");

        var refused = catchThrowableOfType(FieldErrorsModule.InvalidFields.class,
                () -> json.treeToValue(tree, Entry.class));

        assertThat(refused.errors()).containsOnlyKeys("tags[0]", "favorite");
    }

    @Test
    void theValuesAreNamedInTheBodysOrderAndNoMoreThanFifty() {
        String body = "{\"favorite\": \"x\", \"tags\": [" + "[], ".repeat(199) + "[]]}";

        var refused = catchThrowableOfType(FieldErrorsModule.InvalidFields.class,
                () -> json.readValue(body, Entry.class));

        assertThat(refused.errors()).hasSize(FieldErrorsModule.MOST_NAMED);
        assertThat(refused.errors().keySet()).startsWith("favorite", "tags[0]", "tags[1]").endsWith("tags[48]");
    }
}
