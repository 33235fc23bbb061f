/**
 * Reading progress: each user's own entries, one per content at most. A user never reads or changes another
 * user's entries here; asking for one answers 404, as if it did not exist. What others may see of a reader
 * whose profile is public, the entries not marked private and statistics over them alone, is
 * {@link org.readtrack.progress.PublicReading}'s.
 *
 * <p>Besides the infrastructure (shared, database, web for its controllers, security for the caller), it
 * uses the catalog through its API ({@link org.readtrack.catalog.ContentCatalog}), and the accounts for which
 * profiles are public ({@link org.readtrack.accounts.PublicProfiles#isPublic}): a content's mean score counts only
 * the scores those profiles show.
 */
@ApplicationModule(allowedDependencies = {"shared", "database", "web", "security", "catalog", "accounts"})
package org.readtrack.progress;

import org.springframework.modulith.ApplicationModule;
