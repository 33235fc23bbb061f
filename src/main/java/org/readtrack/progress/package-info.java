/**
 * Reading progress: each user's own entries, one per content at most. A user never sees another user's
 * entries; asking for one answers 404, as if it did not exist.
 *
 * <p>Besides the infrastructure (shared, database, web for its controllers, security for the caller), it
 * uses the catalog through its API ({@link org.readtrack.catalog.ContentCatalog}).
 */
@ApplicationModule(allowedDependencies = {"shared", "database", "web", "security", "catalog"})
package org.readtrack.progress;

import org.springframework.modulith.ApplicationModule;
