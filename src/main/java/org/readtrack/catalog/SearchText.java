package org.readtrack.catalog;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a catalog search looks in ({@code contents.search_text}): a content's title, author and other titles, one
 * a line, each in its {@link TitleKey} form, and what it looks for, the search text in that same form. Both
 * databases then compare text the application folded, not each its own way (PostgreSQL's {@code lower()} depends
 * on the database's collation, SQLite's FTS5 folds case alone): "pokemon" finds "Pokémon", "istanbul" finds
 * "İstanbul", "re zero" finds "Re:Zero", on either.
 */
public final class SearchText {

    private static final String LINE = "\n";

    private SearchText() {
    }

    /** The text searched for a content. */
    public static String of(String title, String author, List<String> altTitles) {
        return of(Stream.concat(Stream.of(title, author), altTitles.stream()).filter(part -> part != null)
                .collect(Collectors.joining(LINE)));
    }

    /**
     * The text searched for a content whose title, author and other titles are given one a line: each line
     * folded alone, so that no match spans two of them.
     */
    public static String of(String lines) {
        return lines.lines().map(TitleKey::of).filter(key -> !key.isEmpty()).collect(Collectors.joining(LINE));
    }

    /** What a reader's search looks for; empty when it holds nothing but punctuation and spaces. */
    public static String query(String search) {
        return TitleKey.of(search);
    }
}
