package org.readtrack.shared;

/**
 * The control characters no text a reader types holds (all but tabs and line breaks, NUL included): a JSON
 * body that sends one is refused, a file's value is imported without them. XML cannot carry them either, and
 * one in a note made the reader's MyAnimeList export unreadable.
 */
public final class ControlCharacters {

    /** Why a text that holds one is refused. */
    public static final String MESSAGE = "Control characters other than tabs and line breaks are not allowed.";

    private ControlCharacters() {
    }

    public static boolean isRefused(char c) {
        return (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\u007f';
    }

    public static boolean anyIn(String text) {
        return text.chars().anyMatch(c -> isRefused((char) c));
    }

    /** {@code text} without them; the same instance when it holds none. */
    public static String removedFrom(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isRefused(text.charAt(i))) {
                StringBuilder kept = new StringBuilder(text.length());
                text.chars().filter(c -> !isRefused((char) c)).forEach(c -> kept.append((char) c));
                return kept.toString();
            }
        }
        return text;
    }
}
