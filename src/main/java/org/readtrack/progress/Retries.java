package org.readtrack.progress;

import java.util.Optional;
import java.util.function.Supplier;

import org.readtrack.shared.ConflictException;

/**
 * A change computed from what was read, written only if nothing changed since, else read and computed again:
 * concurrent changes never undo each other.
 */
final class Retries {

    /** Far more than two clients racing on one entry ever need; a bound, so that a request always ends. */
    private static final int ATTEMPTS = 20;

    private Retries() {
    }

    /**
     * The first attempt that writes (an empty result, or a {@link RecordedWrites.StaleEntryException}, means it found
     * its premise changed); 409 with {@code givingUp} after {@link #ATTEMPTS} of them.
     */
    static <T> T untilWritten(Supplier<Optional<T>> attempt, String givingUp) {
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                Optional<T> done = attempt.get();
                if (done.isPresent()) {
                    return done.get();
                }
            } catch (RecordedWrites.StaleEntryException e) {
                // an undo raced another undo: read again
            }
        }
        throw new ConflictException(givingUp);
    }
}
