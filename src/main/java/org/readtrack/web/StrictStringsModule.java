package org.readtrack.web;

import org.readtrack.shared.ControlCharacters;
import org.readtrack.shared.UnpairedSurrogates;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses JSON strings that no database stores as sent: NUL characters (PostgreSQL cannot store them in text
 * columns and would turn a client's mistake into a server error) and unpaired surrogates ({@code "\ud800"}, half
 * of a character, which both databases silently turned into "?"); and the other control characters but tabs and
 * line breaks, which no text a reader types holds and which XML cannot carry: a note with one made the reader's
 * MyAnimeList export unreadable.
 */
class StrictStringsModule extends SimpleModule {

    static final String NUL_MESSAGE = "Null characters are not allowed.";
    static final String SURROGATE_MESSAGE = "Unpaired surrogate characters are not allowed.";
    static final String CONTROL_MESSAGE = ControlCharacters.MESSAGE;

    StrictStringsModule() {
        super("readtrack-strict-strings");
        addDeserializer(String.class, new NulFreeStringDeserializer());
    }

    private static final class NulFreeStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            String problem = value == null ? null : problem(value);
            if (problem != null) {
                throw InvalidFormatException.from(parser, problem, value, String.class);
            }
            return value;
        }

        private static String problem(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\0') {
                    return NUL_MESSAGE;
                }
                if (ControlCharacters.isRefused(c)) {
                    return CONTROL_MESSAGE;
                }
            }
            return UnpairedSurrogates.in(value) ? SURROGATE_MESSAGE : null;
        }
    }
}
