package org.readtrack.progress;

import java.util.Optional;

import org.readtrack.shared.Patches;

/** A partial entry: null leaves a field alone, an empty Optional is an explicit JSON null. */
record ProgressPatch(Optional<Long> content, Optional<String> lastChapter, Optional<String> notes) {

    ProgressRequest applyTo(ProgressRequest current) {
        return new ProgressRequest(Patches.merge(content, current.content()),
                Patches.merge(lastChapter, current.lastChapter()), Patches.merge(notes, current.notes()));
    }
}
