package org.readtrack.accounts;

import com.ibm.icu.text.SpoofChecker;

import org.readtrack.database.CaseFolding;

/**
 * Usernames that pass for one another although written in different alphabets: {@code соре}, all Cyrillic, beside
 * the Latin {@code cope}. {@link UsernameScripts} refuses a name that mixes alphabets; this finds the whole-script
 * look-alikes it cannot see, by Unicode's skeletons (UTS #39): two names that look alike have the same skeleton.
 * Each account stores its name's ({@code users.username_skeleton}), so that a new name is checked by one indexed
 * read. Names of one alphabet that share a skeleton ({@code modern} and {@code modem}, {@code bob1} and
 * {@code bobl}) stay allowed: a reader may well be called either, and no other alphabet is needed to tell them apart.
 */
public final class UsernameLookAlikes {

    /** Immutable once built, and safe to share between threads (ICU's documentation). */
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();

    private UsernameLookAlikes() {
    }

    /** What {@code users.username_skeleton} stores: the skeleton of the name's comparison key. */
    public static String skeleton(String username) {
        return CONFUSABLES.getSkeleton(CaseFolding.fold(username));
    }

    /** Whether two names of one skeleton are written in different alphabets: one would pass for the other. */
    static boolean passFor(String username, String other) {
        return !UsernameScripts.of(username).equals(UsernameScripts.of(other));
    }
}
