package org.readtrack.progress;

import org.springframework.stereotype.Component;

/**
 * Version 15.7: the last chapters written with their thousands set apart ("1 127", as French and spreadsheets write
 * them), kept as text until {@link TypedChapter} joined the digits, and the positions that follow.
 */
@Component
class SpacedThousandsMigration extends TypedChaptersMigration {

    SpacedThousandsMigration() {
        super("15.7", "chapters with spaced thousands");
    }
}
