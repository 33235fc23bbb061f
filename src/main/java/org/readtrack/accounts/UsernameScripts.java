package org.readtrack.accounts;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a username keeps to one writing system, as Unicode's "highly restrictive" level of mixed scripts has it
 * (UTS #39): one script, or Latin with the scripts written together in Japanese, Chinese or Korean. A name that
 * mixes others is most often made to pass for another ({@code alicе} with a Cyrillic {@code е} beside
 * {@code alice}), on public profiles and in an administrator's list of users.
 */
final class UsernameScripts {

    private static final List<Set<UnicodeScript>> WRITTEN_TOGETHER = List.of(
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

    private UsernameScripts() {
    }

    static boolean mixed(String username) {
        Set<UnicodeScript> scripts = of(username);
        return scripts.size() > 1 && WRITTEN_TOGETHER.stream().noneMatch(together -> together.containsAll(scripts));
    }

    /** The scripts a name's letters are written in. */
    static Set<UnicodeScript> of(String username) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        username.codePoints().mapToObj(UnicodeScript::of)
                // digits, punctuation and combining marks belong to every script
                .filter(script -> script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED)
                .forEach(scripts::add);
        return scripts;
    }
}
