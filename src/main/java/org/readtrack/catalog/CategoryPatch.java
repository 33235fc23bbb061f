package org.readtrack.catalog;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.readtrack.shared.Patches;

/** A partial category: null leaves a field alone, an empty Optional is an explicit JSON null. */
record CategoryPatch(Optional<String> name, Optional<@Nullable String> description) {

    CategoryRequest applyTo(CategoryRequest current) {
        return new CategoryRequest(Patches.merge(name, current.name()),
                Patches.merge(description, current.description()));
    }
}
