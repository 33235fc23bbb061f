package org.readtrack.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.readtrack.catalog.LanguageCodes;
import org.readtrack.catalog.ReleaseDay;
import org.readtrack.shared.CallerZone;
import org.readtrack.shared.ControlCharacters;
import org.readtrack.shared.UnpairedSurrogates;

/**
 * One entry of an imported file, as read: what names its content, the entry's fields that the file gives (a
 * null field is not given: an existing entry keeps its value), and what could not be read. {@code errors}
 * make the row an {@code error}; {@code messages} name values left out.
 *
 * @param row       the line of the file where the row starts (CSV, MAL) or its position (JSON), from 1
 * @param updatedAt the file's last-update value, null if none
 */
record ImportRow(int row, String title, String category, String language, List<String> altTitles,
        List<ReleaseDay> releaseDays, ProgressPatch fields, Instant updatedAt, List<String> messages,
        List<String> errors) {

    /** Collects a row's values as a parser reads them. */
    static final class Builder {
        final int row;
        /** Where the reader is: what a date and time without an offset means. */
        final CallerZone zone;
        String title;
        String category;
        String language;
        List<String> altTitles = List.of();
        List<ReleaseDay> releaseDays = List.of();
        String lastChapter;
        String notes;
        ReadingStatus status;
        BigDecimal score;
        LocalDate startedOn;
        LocalDate finishedOn;
        Boolean rereading;
        Integer rereadCount;
        Boolean favorite;
        String readingUrl;
        List<String> tags;
        Boolean isPrivate;
        Instant updatedAt;
        final List<String> messages = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        Builder(int row, CallerZone zone) {
            this.row = row;
            this.zone = zone;
        }

        /** An unreadable value in a column that does not decide the entry: left out, with a message. */
        void leftOut(String column, String value) {
            messages.add(column + ": \"" + value + "\" could not be read; left out.");
        }

        ImportRow build() {
            // what a request may not send, a file does not bring in either, whatever its format
            Set<String> cleaned = new LinkedHashSet<>();
            title = storable(title, "title", cleaned);
            category = storable(category, "category", cleaned);
            language = LanguageCodes.code(storable(language, "language", cleaned));
            altTitles = altTitles.stream().map(other -> storable(other, "alt_titles", cleaned)).toList();
            lastChapter = storable(lastChapter, "last_chapter", cleaned);
            notes = storable(notes, "notes", cleaned);
            readingUrl = storable(readingUrl, "reading_url", cleaned);
            if (tags != null) {
                tags = tags.stream().map(tag -> storable(tag, "tags", cleaned)).toList();
            }
            messages.addAll(cleaned);
            if (title == null || title.isBlank()) {
                errors.add("title: a title is required.");
            }
            return new ImportRow(row, title == null ? "" : title.strip(), category, language, altTitles, releaseDays,
                    new ProgressPatch(null, given(lastChapter), given(notes), given(status), given(score),
                            given(startedOn), given(finishedOn), given(rereading), given(rereadCount), given(favorite),
                            given(readingUrl), given(tags), given(isPrivate)),
                    updatedAt, List.copyOf(messages), List.copyOf(errors));
        }

        /** {@code text} as a database stores it, each kind of character left out said once for the field. */
        private static String storable(String text, String field, Set<String> cleaned) {
            if (text == null) {
                return null;
            }
            String kept = ControlCharacters.removedFrom(text);
            if (!kept.equals(text)) {
                cleaned.add(field + ": control characters left out.");
            }
            String whole = UnpairedSurrogates.removedFrom(kept);
            if (!whole.equals(kept)) {
                cleaned.add(field + ": broken characters left out.");
            }
            return whole;
        }

        /** A file never clears a field: a value it does not give is left out of the patch. */
        @SuppressWarnings("OptionalAssignedToNull")
        private static <T> Optional<T> given(T value) {
            return value == null ? null : Optional.of(value);
        }
    }
}
