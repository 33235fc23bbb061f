package org.readtrack.catalog;

import java.math.BigDecimal;
import java.util.Optional;

import org.readtrack.shared.Patches;

/** A partial content: null leaves a field alone, an empty Optional is an explicit JSON null. */
record ContentPatch(
        Optional<String> title,
        Optional<String> author,
        Optional<String> language,
        Optional<ContentStatus> status,
        Optional<BigDecimal> rating,
        Optional<String> description,
        Optional<Long> featureCategory) {

    ContentRequest applyTo(ContentRequest current) {
        return new ContentRequest(
                Patches.merge(title, current.title()),
                Patches.merge(author, current.author()),
                Patches.merge(language, current.language()),
                Patches.merge(status, current.status()),
                Patches.merge(rating, current.rating()),
                Patches.merge(description, current.description()),
                Patches.merge(featureCategory, current.featureCategory()));
    }
}
