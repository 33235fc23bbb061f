package org.readtrack.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.readtrack.shared.CalendarYears;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and times in requests are text, and dates fall in years 1 to 9999 (see {@link CalendarYears}). Jackson
 * would otherwise read a number as days or seconds since 1970, and take a date such as +999999999-12-31, which
 * SQLite then stores wrapped around.
 */
class CalendarDatesModule extends SimpleModule {

    CalendarDatesModule() {
        super("readtrack-calendar-dates");
        addDeserializer(LocalDate.class, new TextDateDeserializer());
        addDeserializer(Instant.class, new TextInstantDeserializer());
    }

    /** {@code YYYY-MM-DD}, nothing else. */
    private static final class TextDateDeserializer extends StdDeserializer<LocalDate> {
        TextDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            String text = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString().strip() : null;
            try {
                LocalDate date = text == null ? null : LocalDate.parse(text);
                if (date != null && CalendarYears.holds(date)) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // refused below, as any other text that is not a date
            }
            throw InvalidFormatException.from(parser, "Not a date", text, LocalDate.class);
        }
    }

    /**
     * An ISO 8601 date and time, with {@code Z} or an offset, as Jackson reads it; never a number. Its range is
     * the service's to check, with a message of its own (a token's expiry).
     */
    private static final class TextInstantDeserializer extends StdDeserializer<Instant> {
        TextInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw InvalidFormatException.from(parser, "Not a date and time", parser.getString(), Instant.class);
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }
}
