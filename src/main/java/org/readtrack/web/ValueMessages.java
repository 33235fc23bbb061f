package org.readtrack.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** What a value of the wrong type is told, in the words of the original API, in a body or a query alike. */
final class ValueMessages {

    private ValueMessages() {
    }

    /** What a value that could not be read is said to need. */
    static String of(JacksonException problem) {
        if (problem instanceof InputCoercionException coercion) {
            // well-formed JSON, a number the field's type cannot hold
            return outOfRange(coercion.getTargetType());
        }
        if (problem instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class
                && invalid.getValue() instanceof String) {
            // text refused for what it holds (StrictStringsModule): its own message
            return invalid.getOriginalMessage();
        }
        if (problem instanceof InvalidFormatException invalid) {
            return expected(invalid.getTargetType(), invalid.getValue());
        }
        if (problem instanceof MismatchedInputException mismatch) {
            return expected(mismatch.getTargetType(), null);
        }
        return "Invalid value.";
    }

    private static String outOfRange(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "Ensure this value is between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ".";
        }
        if (type == Long.class || type == long.class) {
            return "Ensure this value is between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ".";
        }
        return "Invalid value.";
    }

    static String expected(Class<?> type, Object value) {
        if (type == null) {
            return "Invalid value.";
        }
        if (type.isEnum()) {
            return value == null ? "Not a valid choice." : "\"" + value + "\" is not a valid choice.";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "A valid integer is required.";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "A valid number is required.";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Must be a valid boolean.";
        }
        if (type == Instant.class) {
            return "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]]Z"
                    + " or with an offset (+HH:MM).";
        }
        if (type == LocalDate.class) {
            return "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.";
        }
        if (type == String.class) {
            return "Not a valid string.";
        }
        return "Invalid value.";
    }
}
