package org.readtrack.progress;

import java.util.regex.Pattern;

/**
 * The word readers write before a chapter's number ("Ch. 120", "chap 5", "Chapitre 12", "Episode 3", "#40"),
 * in a spreadsheet or a form, taken off so that the number is what is kept: the reading list counts, sorts and
 * moves on by number, and "Ch. 120" would otherwise be a text sorting after every chapter, its unread count and
 * next chapter lost. Only a word followed by a number goes: "Chapter One" or "Extra" stay as they are.
 */
final class ChapterWords {

    private static final Pattern BEFORE_NUMBER = Pattern.compile(
            "^(?:chapters?|chapitres?|chap|chp|ch|cap[ií]tulo|cap|episodes?|[ée]pisodes?|ep|[ée]p|#)\\s*\\.?\\s*(?=\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ChapterWords() {
    }

    static String withoutWord(String lastChapter) {
        return BEFORE_NUMBER.matcher(lastChapter).replaceFirst("");
    }
}
