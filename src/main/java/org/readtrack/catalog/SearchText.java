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

    /**
     * What a reader's search looks for first: the search folded to its {@link TitleKey} form, as one phrase. Empty
     * when it holds nothing but punctuation, symbols and spaces: no search at all then.
     */
    public static List<String> phrase(String search) {
        String key = search == null ? "" : TitleKey.of(search);
        return key.isEmpty() ? List.of() : List.of(key);
    }

    /**
     * What it looks for when the phrase finds nothing: its words in any order ("mysteries lord" finds "Lord of the
     * Mysteries"), each of three characters or more; empty when there are fewer than two such words, or shorter
     * ones, which would find almost anything ("f n" is in most titles).
     */
    public static List<String> wordsInAnyOrder(String search) {
        List<String> phrase = phrase(search);
        if (phrase.isEmpty()) {
            return List.of();
        }
        List<String> words = Stream.of(phrase.get(0).split(" ")).distinct().toList();
        return words.size() > 1 && words.stream().allMatch(word -> word.codePointCount(0, word.length()) >= 3)
                ? words : List.of();
    }
}
