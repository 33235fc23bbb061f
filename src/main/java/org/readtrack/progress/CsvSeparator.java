package org.readtrack.progress;

import java.util.Arrays;

import org.readtrack.shared.FieldErrors;

/**
 * How a CSV export separates its cells. Excel splits a file on its locale's list separator only: commas in
 * English, semicolons where the decimal mark is a comma (French, German…), where it also reads {@code 8.5} as
 * text or a date. The semicolon file therefore writes decimals with a comma; the import reads both files back.
 */
enum CsvSeparator {
    COMMA("comma", ','), SEMICOLON("semicolon", ';');

    final String value;
    final char character;

    CsvSeparator(String value, char character) {
        this.value = value;
        this.character = character;
    }

    /** {@code comma} (also for nothing) or {@code semicolon}; only a CSV export has one. A tab is a delimiter asked for, and refused. */
    static CsvSeparator ofExport(String value, ImportFormat format) {
        if (value == null || value.isEmpty()) {
            return COMMA;
        }
        if (format != ImportFormat.CSV) {
            throw FieldErrors.of("delimiter", "Only a CSV export has a delimiter.");
        }
        return Arrays.stream(values()).filter(separator -> separator.value.equalsIgnoreCase(value.strip()))
                .findFirst().orElseThrow(() -> FieldErrors.of("delimiter", "Choose comma or semicolon."));
    }

    /** A number as {@code 8.5} or a chapter as {@code 475.5}, as a spreadsheet of this separator's locales has it. */
    String decimal(String plain) {
        return this == SEMICOLON ? ImportValues.withDecimalComma(plain) : plain;
    }
}
