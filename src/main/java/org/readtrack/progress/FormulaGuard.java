package org.readtrack.progress;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running an exported cell as a formula (CSV injection): Excel, LibreOffice and Google
 * Sheets read a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as
 * one, and a catalog title or a note may start so. Such a cell is written with an apostrophe in front, which the
 * spreadsheet shows as text; the import takes exactly one apostrophe off again. Text that already starts with
 * apostrophes before such a character gets one more, so that every text comes back as it was exported.
 */
final class FormulaGuard {

    private static final Pattern GUARDED = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);

    private FormulaGuard() {
    }

    /** The cell to write for {@code text}. */
    static String guard(String text) {
        return GUARDED.matcher(text).matches() ? "'" + text : text;
    }

    /** The text a cell written by {@link #guard} holds; any other cell as it is. */
    static String unguard(String cell) {
        return cell.startsWith("'") && GUARDED.matcher(cell).matches() ? cell.substring(1) : cell;
    }
}
