package org.readtrack.catalog;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.readtrack.shared.Patches;

/** A partial chapter: null leaves a field alone, an empty Optional is an explicit JSON null. */
record ChapterPatch(Optional<Long> content, Optional<String> chapterNumber, Optional<@Nullable String> title,
        Optional<@Nullable LocalDate> releaseDate) {

    ChapterRequest applyTo(ChapterRequest current) {
        return new ChapterRequest(
                Patches.merge(content, current.content()),
                Patches.merge(chapterNumber, current.chapterNumber()),
                Patches.merge(title, current.title()),
                Patches.merge(releaseDate, current.releaseDate()));
    }
}
