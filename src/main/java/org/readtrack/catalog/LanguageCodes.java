package org.readtrack.catalog;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A language as people write it ("FR", "Français", "Japanese", "Coréen", "jpn") made the lowercase ISO 639-1 code the
 * catalog files contents under (`fr`, `ja`, `ko`), so that the catalog's language filter finds the content: for a
 * series an import adds, and for those stored before (version 16.2). Names are the JDK's own, in English, French and
 * the language itself ("Español", "日本語", "Ukrainian"); codes only those of {@link #PLAIN_CODES}, and names in the
 * language itself only theirs; what is neither is kept as written.
 */
public final class LanguageCodes {

    /**
     * The codes taken for a language however they are written ("FR", "jpn"): those of the languages series are most
     * often read in whose two letters are no other thing a list would say. "UK" is more often the United Kingdom than
     * Ukrainian, "VO" the original version (beside "VF") than Volapük, "AR" and "BR" Argentina and Brazil.
     */
    private static final Set<String> PLAIN_CODES =
            Set.of("fr", "en", "ja", "ko", "zh", "es", "de", "it", "pt", "ru", "th", "vi", "id", "pl", "tr");
    /** Country codes readers write for a language: Japan's and China's are no language's, Korea's is Kanuri's. */
    private static final Map<String, String> COUNTRY_CODES = Map.of("jp", "ja", "kr", "ko", "cn", "zh");
    /** Accents, taken off names before they are compared. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private LanguageCodes() {
    }

    public static @Nullable String code(@Nullable String written) {
        if (written == null || written.isBlank()) {
            return written;
        }
        String key = key(written);
        // "KR" on a list of manhwa is Korea's, not Kanuri's
        String known = COUNTRY_CODES.getOrDefault(key, Names.BY_NAME.get(key));
        return known == null ? written.strip() : known;
    }

    /**
     * The names, made the first time a language is given, not when a file without one is imported. Each language's
     * own name only for the plain codes' languages: the JDK keeps the locale data of every language it names a
     * language in, which for all of them filled the service's small heap (an import ran twice as long under full
     * collections).
     */
    private static final class Names {

        private static final Map<String, String> BY_NAME = namesToCodes();
    }

    private static Map<String, String> namesToCodes() {
        Map<String, String> names = new HashMap<>();
        for (String code : PLAIN_CODES) {
            Locale language = Locale.forLanguageTag(code);
            names.put(code, code);
            names.put(language.getISO3Language(), code);
            names.put(key(language.getDisplayLanguage(language)), code);
        }
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.forLanguageTag(code);
            names.putIfAbsent(key(language.getDisplayLanguage(Locale.ENGLISH)), code);
            names.putIfAbsent(key(language.getDisplayLanguage(Locale.FRENCH)), code);
        }
        return Map.copyOf(names);
    }

    /** Lowercase and without accents: "Français" and "francais" are one name. */
    private static String key(String name) {
        return MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
