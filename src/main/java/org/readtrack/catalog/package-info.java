/**
 * The catalog that moderators curate: categories, the contents in them and their chapters. Any account may
 * read it, and suggest a missing series: the suggested content is created at once, visible to its proposer
 * (and moderators) only until a moderator approves, rejects or merges it ({@link
 * org.readtrack.catalog.ContentVisibility} is the rule). Other features use {@link
 * org.readtrack.catalog.ContentCatalog} to check and show contents.
 *
 * <p>Depends on the infrastructure only (shared, database, web for its controllers, security for the caller,
 * cli for its command, images for covers): the features built on the catalog use its public types, never the
 * reverse; a merge tells them with a {@link org.readtrack.catalog.ContentMerged} event.
 */
@ApplicationModule(allowedDependencies = {"shared", "database", "web", "security", "cli", "images"})
package org.readtrack.catalog;

import org.springframework.modulith.ApplicationModule;
