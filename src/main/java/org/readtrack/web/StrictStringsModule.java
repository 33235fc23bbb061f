package org.readtrack.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses NUL characters in JSON strings: PostgreSQL cannot store them in text columns and would turn a
 * client's mistake into a server error.
 */
class StrictStringsModule extends SimpleModule {

    static final String NUL_MESSAGE = "Null characters are not allowed.";

    StrictStringsModule() {
        super("readtrack-strict-strings");
        addDeserializer(String.class, new NulFreeStringDeserializer());
    }

    private static final class NulFreeStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, NUL_MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
