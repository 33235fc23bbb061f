package org.readtrack.catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the contents close to title keys that matched none (see {@link CloseTitles}), in one pass over the catalog's
 * title keys: each catalog key is looked up by its compact form, its beginnings and its trailing words, never
 * compared with every unmatched title, so a catalog of 100,000 titles costs one read of its keys. A beginning need
 * not end a word: "omniscient reader" begins "omniscient readers viewpoint", the key of "Omniscient Reader's
 * Viewpoint". What it keeps is bounded by the unmatched keys, whatever the catalog's size.
 */
final class CloseTitleFinder {

    /** Fewer characters than this are part of too many titles to say anything ("the", "one"). */
    private static final int SHORTEST_PART = 5;
    /**
     * Longer keys are no catalog title written otherwise (a title has 200 characters at most), and would cost their
     * length squared in trailing words: a cell of 60,000 characters filled the heap.
     */
    static final int LONGEST_KEY = 400;
    /** The contents shown for a title: more is a list to read, not a hint. */
    private static final int MOST_SIMILAR = 3;
    /** A letter written twice or more in a row: "Haikyuu" and "Haikyu" are one spelling apart, 100 and 10 are not. */
    private static final Pattern DOUBLED_LETTERS = Pattern.compile("(\\p{L})\\1+");
    /** An article that one list writes before a title and another leaves out ("The Remarried Empress"). */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an|le|la|les) ");

    private final Set<String> unmatched = new HashSet<>();
    /** The same keys in order: those that begin with a text follow it. */
    private final NavigableSet<String> inOrder;
    /** The lengths of the unmatched keys: the only beginnings of a catalog key worth looking up. */
    private final BitSet lengths = new BitSet();
    private final Map<String, List<String>> byCompactForm = new HashMap<>();
    private final Map<String, List<String>> byEnding = new HashMap<>();
    private final Map<String, Set<Long>> alike = new HashMap<>();
    private final Map<String, List<Near>> similar = new HashMap<>();

    /** A content whose key is {@code distance} characters longer or shorter than the unmatched one. */
    private record Near(long contentId, int distance, String catalogKey) {
    }

    private static final Comparator<Near> CLOSEST_FIRST = Comparator.comparingInt(Near::distance)
            .thenComparing(Near::catalogKey).thenComparingLong(Near::contentId);

    /** The contents found for one unmatched key, by id: see {@link CloseTitles}. */
    record Found(List<Long> alike, List<Long> similar) {
    }

    CloseTitleFinder(Collection<String> unmatchedKeys) {
        for (String key : unmatchedKeys) {
            if (key.length() <= LONGEST_KEY) {
                unmatched.add(key);
            }
        }
        inOrder = new TreeSet<>(unmatched);
        for (String key : unmatched) {
            lengths.set(key.length());
            String compact = compactForm(key);
            // "go" and "goo": too short a title to be taken for another
            if (compact.length() >= SHORTEST_PART) {
                byCompactForm.computeIfAbsent(compact, form -> new ArrayList<>()).add(key);
            }
            for (String ending : endings(key)) {
                byEnding.computeIfAbsent(ending, form -> new ArrayList<>()).add(key);
            }
        }
    }

    /** Whether there is any key to look for: without, the catalog need not be read. */
    boolean looksForSomething() {
        return !unmatched.isEmpty();
    }

    /** Takes one of the catalog's title keys into account. */
    void consider(String catalogKey, long contentId) {
        for (String key : byCompactForm.getOrDefault(compactForm(catalogKey), List.of())) {
            alike.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(contentId);
        }
        // the catalog's title begins or ends the file's
        if (telling(catalogKey)) {
            for (String key : inOrder.tailSet(catalogKey, false)) {
                if (!key.startsWith(catalogKey)) {
                    break;
                }
                near(key, new Near(contentId, key.length() - catalogKey.length(), catalogKey));
            }
        }
        for (String key : byEnding.getOrDefault(catalogKey, List.of())) {
            near(key, new Near(contentId, key.length() - catalogKey.length(), catalogKey));
        }
        // the file's title begins or ends the catalog's
        for (int length = lengths.nextSetBit(SHORTEST_PART); length > 0 && length < catalogKey.length();
                length = lengths.nextSetBit(length + 1)) {
            String beginning = catalogKey.substring(0, length);
            if (unmatched.contains(beginning) && telling(beginning)) {
                near(beginning, new Near(contentId, catalogKey.length() - length, catalogKey));
            }
        }
        for (String ending : endings(catalogKey)) {
            if (unmatched.contains(ending)) {
                near(ending, new Near(contentId, catalogKey.length() - ending.length(), catalogKey));
            }
        }
    }

    /**
     * Keeps the content among the key's closest, {@link #MOST_SIMILAR} at most: "season 2" begins thousands of
     * titles, and the rest would only be dropped at the end.
     */
    private void near(String key, Near candidate) {
        List<Near> closest = similar.computeIfAbsent(key, k -> new ArrayList<>(MOST_SIMILAR + 1));
        for (int i = 0; i < closest.size(); i++) {
            if (closest.get(i).contentId() == candidate.contentId()) {
                if (CLOSEST_FIRST.compare(candidate, closest.get(i)) < 0) {
                    closest.set(i, candidate);
                    closest.sort(CLOSEST_FIRST);
                }
                return;
            }
        }
        closest.add(candidate);
        closest.sort(CLOSEST_FIRST);
        if (closest.size() > MOST_SIMILAR) {
            closest.remove(MOST_SIMILAR);
        }
    }

    /** What was found for each unmatched key that has something close. */
    Map<String, Found> found() {
        Map<String, Found> found = new HashMap<>();
        for (String key : unmatched) {
            Set<Long> spelledAlike = alike.getOrDefault(key, Set.of());
            List<Long> closest = similar.getOrDefault(key, List.of()).stream().map(Near::contentId)
                    .filter(id -> !spelledAlike.contains(id)).toList();
            if (!spelledAlike.isEmpty() || !closest.isEmpty()) {
                found.put(key, new Found(List.copyOf(spelledAlike), closest));
            }
        }
        return found;
    }

    /**
     * The key without a leading article, with each doubled letter written once, then without its spaces: "full
     * metal" and "fullmetal" are both "fulmetal", "the remarried empress" is "remaried empress"'s; letters are not
     * doubled across words ("doll love" is "dollove", not "do love"'s "dolove").
     */
    static String compactForm(String key) {
        String withoutArticle = LEADING_ARTICLE.matcher(key).replaceFirst("");
        return DOUBLED_LETTERS.matcher(withoutArticle).replaceAll("$1").replace(" ", "");
    }

    /** The key's trailing words, shorter than the whole key, that say enough to point at a title. */
    static List<String> endings(String key) {
        List<String> endings = new ArrayList<>();
        for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
            String ending = key.substring(space + 1);
            if (telling(ending)) {
                endings.add(ending);
            }
        }
        return endings;
    }

    /** Long enough, and not only a number: "2", "the" or "2024" would point at half the catalog. */
    private static boolean telling(String part) {
        return part.length() >= SHORTEST_PART && !part.chars().allMatch(c -> c == ' ' || Character.isDigit(c));
    }
}
