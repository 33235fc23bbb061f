package org.readtrack.shared;

/**
 * Halves of characters: a surrogate without its other half, which only a JSON escape ({@code "\ud800"}) can
 * write, and which both databases silently store as "?". A JSON body that sends one is refused, a file's value
 * is imported without them.
 */
public final class UnpairedSurrogates {

    private UnpairedSurrogates() {
    }

    /** Whether {@code text} holds one; a whole character beyond the first plane (an emoji) is two halves paired. */
    public static boolean in(String text) {
        return !removedFrom(text).equals(text);
    }

    /** {@code text} without them; the same instance when it holds none. */
    public static String removedFrom(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (kept != null) {
                    kept.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }
}
