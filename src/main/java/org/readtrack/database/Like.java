package org.readtrack.database;

/** LIKE patterns for user text, with {@code \} escaping the wildcards it may contain. */
public final class Like {

    private Like() {
    }

    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
