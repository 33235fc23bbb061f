/**
 * The catalog that administrators curate: categories, the contents in them and their chapters. Any
 * account may read it. Other features use {@link org.readtrack.catalog.ContentCatalog} to check and
 * show contents.
 *
 * <p>Depends on the infrastructure only (shared, database, web for its controllers, cli for its command,
 * images for covers): the features built on the catalog use its public types, never the reverse.
 */
@ApplicationModule(allowedDependencies = {"shared", "database", "web", "cli", "images"})
package org.readtrack.catalog;

import org.springframework.modulith.ApplicationModule;
