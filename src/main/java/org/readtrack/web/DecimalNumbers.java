package org.readtrack.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Ids and counts in paths and query strings are decimal digits. Spring's own reading of a number also takes
 * {@code 0x8}, {@code #8} or {@code +8} for 8, so that one content would answer at many addresses (the original
 * service's routes take digits only). Editors, not converters: Spring falls back on its own number editor when a
 * converter refuses a value.
 */
@ControllerAdvice
class DecimalNumbers {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");

    @InitBinder
    void readDecimalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new DecimalEditor(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, new DecimalEditor(Long::valueOf, true));
        binder.registerCustomEditor(int.class, new DecimalEditor(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, new DecimalEditor(Integer::valueOf, true));
    }

    private static final class DecimalEditor extends PropertyEditorSupport {

        private final Function<String, ? extends Number> parse;
        /** Whether no text at all is no value (a wrapper type), as with Spring's own editor. */
        private final boolean emptyIsNull;

        DecimalEditor(Function<String, ? extends Number> parse, boolean emptyIsNull) {
            this.parse = parse;
            this.emptyIsNull = emptyIsNull;
        }

        @Override
        public void setAsText(String text) {
            String trimmed = text == null ? "" : text.strip();
            if (trimmed.isEmpty() && emptyIsNull) {
                setValue(null);
            } else if (DECIMAL.matcher(trimmed).matches()) {
                setValue(parse.apply(trimmed)); // too long for the type: NumberFormatException, a type mismatch
            } else {
                throw new IllegalArgumentException("Not a decimal integer: " + text);
            }
        }
    }
}
