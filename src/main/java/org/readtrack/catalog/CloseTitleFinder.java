package org.readtrack.catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds {@link CloseTitles} for title keys that matched none, in one pass over the catalog's title keys: each
 * catalog key is looked up by its compact form, its beginnings and its trailing words, never compared with every
 * unmatched title, so a catalog of 100,000 titles costs one read of its keys. A beginning need not end a word:
 * "omniscient reader" begins "omniscient readers viewpoint", the key of "Omniscient Reader's Viewpoint".
 */
final class CloseTitleFinder {

    /** Fewer characters than this are part of too many titles to say anything ("the", "one"). */
    private static final int SHORTEST_PART = 5;
    /** The contents shown for a title: more is a list to read, not a hint. */
    private static final int MOST_SIMILAR = 3;
    /** A letter written twice or more in a row: "Haikyuu" and "Haikyu" are one spelling apart, 100 and 10 are not. */
    private static final Pattern DOUBLED_LETTERS = Pattern.compile("(\\p{L})\\1+");

    private final Set<String> unmatched;
    /** The same keys in order: those that begin with a text follow it. */
    private final NavigableSet<String> inOrder;
    /** The lengths of the unmatched keys: the only beginnings of a catalog key worth looking up. */
    private final BitSet lengths = new BitSet();
    private final Map<String, List<String>> byCompactForm = new HashMap<>();
    private final Map<String, List<String>> byEnding = new HashMap<>();
    private final Map<String, Map<Long, TitleMatch>> alike = new HashMap<>();
    private final Map<String, Map<Long, Near>> similar = new HashMap<>();

    private record Near(TitleMatch match, int distance) {
    }

    CloseTitleFinder(Collection<String> unmatchedKeys) {
        unmatched = new HashSet<>(unmatchedKeys);
        inOrder = new TreeSet<>(unmatched);
        for (String key : unmatched) {
            lengths.set(key.length());
            byCompactForm.computeIfAbsent(compactForm(key), form -> new ArrayList<>()).add(key);
            for (String ending : endings(key)) {
                byEnding.computeIfAbsent(ending, form -> new ArrayList<>()).add(key);
            }
        }
    }

    /** Takes one of the catalog's title keys into account. */
    void consider(String catalogKey, TitleMatch match) {
        for (String key : byCompactForm.getOrDefault(compactForm(catalogKey), List.of())) {
            alike.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(match.contentId(), match);
        }
        // the catalog's title begins or ends the file's
        if (telling(catalogKey)) {
            for (String key : inOrder.tailSet(catalogKey, false)) {
                if (!key.startsWith(catalogKey)) {
                    break;
                }
                near(key, match, key.length() - catalogKey.length());
            }
        }
        for (String key : byEnding.getOrDefault(catalogKey, List.of())) {
            near(key, match, key.length() - catalogKey.length());
        }
        // the file's title begins or ends the catalog's
        for (int length = lengths.nextSetBit(SHORTEST_PART); length > 0 && length < catalogKey.length();
                length = lengths.nextSetBit(length + 1)) {
            String beginning = catalogKey.substring(0, length);
            if (unmatched.contains(beginning) && telling(beginning)) {
                near(beginning, match, catalogKey.length() - length);
            }
        }
        for (String ending : endings(catalogKey)) {
            if (unmatched.contains(ending)) {
                near(ending, match, catalogKey.length() - ending.length());
            }
        }
    }

    private void near(String key, TitleMatch match, int distance) {
        similar.computeIfAbsent(key, k -> new HashMap<>())
                .merge(match.contentId(), new Near(match, distance), (a, b) -> a.distance() <= b.distance() ? a : b);
    }

    /** What was found for each unmatched key that has something close. */
    Map<String, CloseTitles> found() {
        Map<String, CloseTitles> found = new HashMap<>();
        for (String key : unmatched) {
            List<TitleMatch> spelledAlike = List.copyOf(alike.getOrDefault(key, Map.of()).values());
            List<TitleMatch> closest = similar.getOrDefault(key, Map.of()).values().stream()
                    .filter(near -> !alike.getOrDefault(key, Map.of()).containsKey(near.match().contentId()))
                    .sorted(Comparator.comparingInt(Near::distance)
                            .thenComparing(near -> near.match().title()))
                    .limit(MOST_SIMILAR).map(Near::match).toList();
            if (!spelledAlike.isEmpty() || !closest.isEmpty()) {
                found.put(key, new CloseTitles(spelledAlike, closest));
            }
        }
        return found;
    }

    /** The key without its spaces and with each doubled letter written once. */
    static String compactForm(String key) {
        return DOUBLED_LETTERS.matcher(key.replace(" ", "")).replaceAll("$1");
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
