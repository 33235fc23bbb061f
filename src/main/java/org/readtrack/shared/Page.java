package org.readtrack.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the length of the whole list: what a service answers for a list request. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total);
    }
}
