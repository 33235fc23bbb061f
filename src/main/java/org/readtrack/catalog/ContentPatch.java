package org.readtrack.catalog;

import java.math.BigDecimal;
import java.util.List;
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
        Optional<Long> featureCategory,
        Optional<List<String>> altTitles,
        Optional<List<String>> releaseDays) {

    ContentRequest applyTo(ContentRequest current) {
        return new ContentRequest(
                Patches.merge(title, current.title()),
                Patches.merge(author, current.author()),
                Patches.merge(language, current.language()),
                Patches.merge(status, current.status()),
                Patches.merge(rating, current.rating()),
                Patches.merge(description, current.description()),
                Patches.merge(featureCategory, current.featureCategory()),
                Patches.merge(altTitles, current.altTitles()),
                Patches.merge(releaseDays, current.releaseDays()));
    }
}
