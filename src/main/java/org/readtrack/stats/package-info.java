/**
 * The site's statistics for administrators: accounts, catalog and tracking activity, counted by the database
 * over every feature's tables. Read-only; of the features' code it uses only the catalog's visibility rule
 * ({@link org.readtrack.catalog.ContentVisibility}): the statistics are of the public catalog.
 */
@ApplicationModule(allowedDependencies = {"shared", "database", "web", "security", "catalog"})
package org.readtrack.stats;

import org.springframework.modulith.ApplicationModule;
