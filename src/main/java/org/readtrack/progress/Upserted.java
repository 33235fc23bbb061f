package org.readtrack.progress;

import java.util.function.Function;

/** The caller's entry after a PUT on its content, and whether the PUT created it. */
record Upserted<T>(T entry, boolean created) {

    <R> Upserted<R> map(Function<? super T, ? extends R> mapper) {
        return new Upserted<>(mapper.apply(entry), created);
    }
}
